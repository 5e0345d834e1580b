/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const cache: string[] = [];

/** `D12` for column 4, row 12. */
export function cellAddress(column: number, row: number): string {
  const letters = cache[column] ?? (cache[column] = columnLetters(column));
  return letters + row;
}
