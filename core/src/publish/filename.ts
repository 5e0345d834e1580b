/**
 * The name sent with the file. udata normalises it anyway (`Données (v2).csv` → `donnees-v2-.csv`);
 * sending plain ASCII avoids depending on how each host and werkzeug encode header bytes, and the
 * extension must be one udata allows.
 */
export function uploadFilename(name: string, extension = 'csv'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'donnees'}.${extension}`;
}
