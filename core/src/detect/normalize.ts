/**
 * Header labels as people type them: `COLL_SIRET`, `coll siret`, `CollSiret`,
 * `Coll-Siret` and `\uFEFFcoll_siret` all name the same column. Comparing after
 * this normalisation makes case, accents, separators and a stray BOM irrelevant.
 */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    // BOM, spaces (NBSP too), `_`, `-`, `.`, quotes, parentheses: separators only.
    .replace(/[^a-z0-9]/g, '');
}

/** The label as written, minus what spreadsheets add around it (BOM, surrounding spaces). */
export function cleanLabel(label: string): string {
  return label.replace(/^\uFEFF/, '').trim();
}
