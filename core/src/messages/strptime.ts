/** strptime patterns in the words agents know: `%d/%m/%Y` → `JJ/MM/AAAA`. */
const FR: Record<string, string> = { '%d': 'JJ', '%m': 'MM', '%Y': 'AAAA', '%y': 'AA', '%H': 'hh', '%M': 'mm', '%S': 'ss', '%f': 'ffffff', '%z': '+hhmm', '%B': 'mois', '%b': 'mois abrégé', '%j': 'jour de l’année', '%%': '%' };
const EN: Record<string, string> = { '%d': 'DD', '%m': 'MM', '%Y': 'YYYY', '%y': 'YY', '%H': 'hh', '%M': 'mm', '%S': 'ss', '%f': 'ffffff', '%z': '+hhmm', '%B': 'month', '%b': 'short month', '%j': 'day of year', '%%': '%' };

export function strptimeInWords(pattern: string, lang: 'fr' | 'en'): string {
  const t = lang === 'fr' ? FR : EN;
  return pattern.replace(/%[a-zA-Z%]/g, (d) => t[d] ?? d);
}
