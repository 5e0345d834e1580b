import { summarize, type Summary } from '@scdl/core/report/summary';
import type { Lang, Report } from '@scdl/core';
import { encodingLabel } from '@scdl/core/parse/decoder';

const DELIM: Record<string, [string, string]> = { ',': ['virgule', 'comma'], ';': ['point-virgule', 'semicolon'], '\t': ['tabulation', 'tab'], '|': ['barre verticale', 'pipe'] };

function size(bytes: number, lang: Lang): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  const s = u === 0 ? String(n) : n.toFixed(1);
  return `${lang === 'fr' ? s.replace('.', ',') : s} ${units[u]}`;
}

export interface TextOptions {
  lang: Lang;
  color: boolean;
  /** Detail lines shown (the summary always counts everything). */
  maxDetails: number;
}

/** The French (or English) text report of `scdl validate`. The report's messages must be rendered. */
export function formatText(r: Report, o: TextOptions): string {
  const fr = o.lang === 'fr';
  const c = (code: string, s: string): string => (o.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const src = r.source;
  const facts: string[] = [];
  if (src.bytes !== undefined) facts.push(size(src.bytes, o.lang));
  if (src.encoding) facts.push(encodingLabel(src.encoding) + (src.bom ? (fr ? ' avec BOM' : ' with BOM') : ''));
  if (src.delimiter) facts.push(`${fr ? 'séparateur' : 'separator'} ${DELIM[src.delimiter]?.[fr ? 0 : 1] ?? src.delimiter}`);
  if (src.headerRow) facts.push(`${fr ? 'en-tête ligne' : 'header on row'} ${src.headerRow}`);
  out.push(`${fr ? 'Fichier' : 'File'} : ${src.name ?? '-'}${facts.length ? ` (${facts.join(', ')})` : ''}`);
  if (r.schema) {
    const how = r.schema.detected
      ? fr ? `détecté automatiquement${r.schema.confidence !== undefined ? `, confiance ${Math.round(r.schema.confidence * 100)} %` : ''}` : `detected${r.schema.confidence !== undefined ? `, confidence ${Math.round(r.schema.confidence * 100)}%` : ''}`
      : fr ? 'choisi' : 'chosen';
    out.push(`${fr ? 'Schéma' : 'Schema'} : ${r.schema.name}${r.schema.version ? ` ${r.schema.version}` : ''}${r.schema.title ? ` — ${r.schema.title}` : ''} (${how})`);
  }
  const s: Summary = summarize(r, o.lang);
  const mark = r.status === 'valid' ? c('32', '✔') : r.status === 'warnings' ? c('33', '⚠') : c('31', '✘');
  out.push('', `${mark} ${s.headline}`);
  if (s.lines.length) {
    out.push('', fr ? 'Résumé :' : 'Summary:');
    for (const l of s.lines) out.push(`  ${l.severity === 'error' ? c('31', '•') : c('33', '•')} ${l.fieldName ? `${l.fieldName} : ` : ''}${l.text}`);
  }
  // Errors first (what blocks publication), then warnings, each in file order.
  const details = [...r.errors.filter((e) => e.severity === 'error'), ...r.errors.filter((e) => e.severity !== 'error')].slice(0, o.maxDetails);
  if (details.length) {
    out.push('', fr ? 'Détail :' : 'Details:');
    for (const e of details) {
      out.push(`  ${e.severity === 'error' ? c('31', '✘') : c('33', '⚠')} ${e.message ?? e.type}`);
      if (e.hint) out.push(`    → ${e.hint}`);
      if (e.fix) out.push(fr ? `    Correction possible : « ${e.fix.to} » (scdl fix)` : `    Possible fix: "${e.fix.to}" (scdl fix)`);
    }
    const hidden = r.stats.errors + r.stats.warnings - details.length;
    if (hidden > 0) out.push(`  … ${fr ? `et ${hidden} autre(s) (option --max-errors, ou --format json)` : `and ${hidden} more (--max-errors, or --format json)`}`);
  }
  return out.join('\n') + '\n';
}
