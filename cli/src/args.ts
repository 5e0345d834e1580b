/** A small flag parser: `--name value`, `--name=value`, boolean flags, positionals. */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(args: readonly string[], booleans: readonly string[], known: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (!booleans.includes(name) && !known.includes(name)) throw new UsageError(`option inconnue : --${name}`);
      if (booleans.includes(name)) flags[name] = true;
      else if (eq !== -1) flags[name] = a.slice(eq + 1);
      else {
        const v = args[++i];
        if (v === undefined) throw new UsageError(`l’option --${name} attend une valeur`);
        flags[name] = v;
      }
    } else if (a.startsWith('-') && a.length > 1) {
      const map: Record<string, string> = { o: 'output', h: 'help' };
      const name = map[a.slice(1)];
      if (!name) throw new UsageError(`option inconnue : ${a}`);
      if (booleans.includes(name)) flags[name] = true;
      else {
        const v = args[++i];
        if (v === undefined) throw new UsageError(`l’option ${a} attend une valeur`);
        flags[name] = v;
      }
    } else positionals.push(a);
  }
  return { positionals, flags };
}
