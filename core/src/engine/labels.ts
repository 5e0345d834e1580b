/**
 * Header labels compared the way agents mistype them: case, accents, spaces,
 * underscores and dashes ignored (`Date convention`, `DATE_CONVENTION` and
 * `dateConvention` are one label). Used to recover columns, never to accept them silently.
 */
export function looseLabel(label: string): string {
  return label
    .replace(/^\ufeff/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.'’]+/g, '');
}

export function sameLabel(a: string, b: string, ignoreCase: boolean): boolean {
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}
