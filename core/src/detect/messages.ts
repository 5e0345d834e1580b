import type { DetectionCandidate, DetectionResult, NoMatchReason } from './types';

/** Detection outcomes in words, per language (French first); rendered at display time. */

export type DetectionLang = 'fr' | 'en';

interface DetectionMessages {
  match(c: DetectionCandidate, tied: readonly string[]): string;
  none: Record<NoMatchReason, (best: DetectionCandidate | null, other: DetectionCandidate | null) => string>;
  withdrawn: string;
}

const pct = (x: number, lang: DetectionLang): string =>
  lang === 'fr' ? `${Math.round(x * 100)} %` : `${Math.round(x * 100)}%`;
const ref = (c: DetectionCandidate): string => `${c.name}@${c.version}`;

const fr: DetectionMessages = {
  match: (c, tied) =>
    `Schéma reconnu : ${ref(c)} (${c.title}), confiance ${pct(c.confidence, 'fr')}` +
    (tied.length > 0 ? `. L'en-tête est aussi celui des versions ${tied.join(', ')}.` : '.'),
  none: {
    'no-header': () => "Aucun schéma reconnu : l'en-tête est vide.",
    'no-match': (best) =>
      'Aucun schéma reconnu' +
      (best ? ` (le plus proche : ${ref(best)}, ${pct(best.confidence, 'fr')}).` : '.'),
    ambiguous: (best, other) =>
      'Aucun schéma reconnu : ' +
      (best && other
        ? `${ref(best)} (${pct(best.confidence, 'fr')}) et ${ref(other)} (${pct(other.confidence, 'fr')}) correspondent presque autant. Précisez le schéma.`
        : 'plusieurs schémas correspondent presque autant. Précisez le schéma.'),
  },
  withdrawn: 'Ce schéma a été retiré de schema.data.gouv.fr.',
};

const en: DetectionMessages = {
  match: (c, tied) =>
    `Schema detected: ${ref(c)} (${c.title}), confidence ${pct(c.confidence, 'en')}` +
    (tied.length > 0 ? `. Versions ${tied.join(', ')} share this header.` : '.'),
  none: {
    'no-header': () => 'No schema recognised: the header is empty.',
    'no-match': (best) =>
      'No schema recognised' + (best ? ` (closest: ${ref(best)}, ${pct(best.confidence, 'en')}).` : '.'),
    ambiguous: (best, other) =>
      'No schema recognised: ' +
      (best && other
        ? `${ref(best)} (${pct(best.confidence, 'en')}) and ${ref(other)} (${pct(other.confidence, 'en')}) fit almost equally well. Name the schema.`
        : 'several schemas fit almost equally well. Name the schema.'),
  },
  withdrawn: 'This schema was withdrawn from schema.data.gouv.fr.',
};

const TABLES: Record<DetectionLang, DetectionMessages> = { fr, en };

export function describeDetection(result: DetectionResult, lang: DetectionLang = 'fr'): string {
  const t = TABLES[lang];
  if (result.match) {
    const text = t.match(result.match, result.match.tiedVersions);
    return result.match.status === 'withdrawn' ? `${text} ${t.withdrawn}` : text;
  }
  const best = result.candidates[0] ?? null;
  const other = result.candidates[1] ?? null;
  return t.none[result.reason ?? 'no-match'](best, other);
}
