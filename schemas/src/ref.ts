/** `owner/name[@version]` references, as users type them on the command line or in a URL. */

export interface SchemaRefParts {
  name: string;
  /** Undefined for the latest version (`@latest` or no version). */
  version?: string;
}

/** `'scdl/subventions@2.1.1'` → `{ name: 'scdl/subventions', version: '2.1.1' }`; a leading `v` is dropped. */
export function parseSchemaRef(ref: string): SchemaRefParts {
  const text = ref.trim();
  const at = text.lastIndexOf('@');
  const name = (at > 0 ? text.slice(0, at) : text).trim();
  const raw = at > 0 ? text.slice(at + 1).trim().replace(/^v(?=\d)/i, '') : '';
  return raw === '' || raw.toLowerCase() === 'latest' ? { name } : { name, version: raw };
}

export function formatSchemaRef(e: { name: string; version: string }): string {
  return `${e.name}@${e.version}`;
}
