import { parsePattern, type ClassKind, type Node } from './pattern-ast';

/**
 * A Table Schema pattern in words an agent can follow: `^W\d{9}$` →
 * « W » puis 9 chiffres. Only simple patterns (what SCDL schemas mostly use) are
 * explained; anything else returns null and the UI shows the pattern itself.
 */

type Lang = 'fr' | 'en';

const CLASS: Record<Lang, Record<ClassKind, [string, string]>> = {
  fr: { digit: ['chiffre', 'chiffres'], upper: ['lettre majuscule', 'lettres majuscules'], lower: ['lettre minuscule', 'lettres minuscules'], letter: ['lettre', 'lettres'], word: ['lettre, chiffre ou _', 'lettres, chiffres ou _'], space: ['espace', 'espaces'], any: ['caractère', 'caractères'] },
  en: { digit: ['digit', 'digits'], upper: ['capital letter', 'capital letters'], lower: ['lowercase letter', 'lowercase letters'], letter: ['letter', 'letters'], word: ['letter, digit or _', 'letters, digits or _'], space: ['space', 'spaces'], any: ['character', 'characters'] },
};
const WORDS = {
  fr: { oneOf: 'un caractère parmi', then: ' puis ', or: ' ou ', optional: 'facultatif : ', atLeast: 'au moins', from: 'de ', to: 'à', anyNumber: 'autant de' },
  en: { oneOf: 'one character among', then: ' then ', or: ' or ', optional: 'optional: ', atLeast: 'at least', from: '', to: 'to', anyNumber: 'any number of' },
};

const quote = (s: string, lang: Lang): string => (lang === 'fr' ? `« ${s} »` : `"${s}"`);

function counted(n: Node, k: [string, string], lang: Lang): string {
  const w = WORDS[lang];
  if (n.min === n.max) return `${n.min} ${n.min > 1 ? k[1] : k[0]}`;
  if (n.max === Infinity) return n.min === 0 ? `${w.anyNumber} ${k[1]}` : `${w.atLeast} ${n.min} ${n.min > 1 ? k[1] : k[0]}`;
  return `${w.from}${n.min} ${w.to} ${n.max} ${k[1]}`;
}

function seqWords(nodes: Node[], lang: Lang): string | null {
  const parts: string[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(quote(literal, lang));
    literal = '';
  };
  for (const n of nodes) {
    const a = n.atom;
    if (a.kind === 'literal' && n.min === 1 && n.max === 1) {
      literal += a.text;
      continue;
    }
    flush();
    let one: string | null;
    if (a.kind === 'class') {
      if (n.min === 0 && n.max === 1) one = `(${WORDS[lang].optional}1 ${CLASS[lang][a.cls][0]})`;
      else one = counted(n, CLASS[lang][a.cls], lang);
      parts.push(one);
      continue;
    }
    if (a.kind === 'literal') one = quote(a.text, lang);
    else if (a.kind === 'set') one = `${WORDS[lang].oneOf} ${a.items.map((x) => (x.length === 3 && x[1] === '-' ? `${x[0]}–${x[2]}` : x)).join(', ')}`;
    else {
      const alts = a.alts.map((b) => seqWords(b, lang));
      if (alts.some((x) => x === null)) return null;
      one = alts.join(WORDS[lang].or);
    }
    if (n.min === 1 && n.max === 1) parts.push(one);
    else if (n.min === 0 && n.max === 1) parts.push(`(${WORDS[lang].optional}${one})`);
    else return null;
  }
  flush();
  return parts.join(WORDS[lang].then);
}

export function patternInWords(pattern: string, lang: Lang = 'fr'): string | null {
  const alts = parsePattern(pattern);
  if (!alts) return null;
  const branches = alts.map((b) => seqWords(b, lang));
  if (branches.some((b) => b === null || b === '')) return null;
  const text = branches.join(WORDS[lang].or);
  return text.length <= 160 ? text : null;
}
