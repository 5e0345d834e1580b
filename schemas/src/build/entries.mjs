// Pure catalogue-building logic, shared by the generator (scripts/build-catalog.mjs,
// plain node, no build step) and `scdl schemas --refresh` (bundled TS): the same
// rules decide what is bundled and what an entry says, offline or refreshed.
// Types: entries.d.mts.

export const SCDL_LABEL = 'Socle Commun des Données Locales';
export const SITE = 'https://schema.data.gouv.fr';
const SCHEMAS_PREFIX = `${SITE}/schemas/`;

export function isScdl(name, labels) {
  return name.startsWith('scdl/') || labels.includes(SCDL_LABEL);
}

/** `<owner>/<name>/<version>/<file>` of a published URL, or null when not on the site. */
export function publishedPath(url) {
  return typeof url === 'string' && url.startsWith(SCHEMAS_PREFIX) ? url.slice(SCHEMAS_PREFIX.length) : null;
}

/**
 * Versions of a schemas.json entry we keep: every version of `scdl/*` (files in the
 * wild follow old versions), the latest only elsewhere. Table Schemas only: data
 * packages, JSON Schemas and `other` entries are not tables we can validate.
 */
export function wantedVersions(entry) {
  if (!entry || entry.schema_type !== 'tableschema' || !Array.isArray(entry.versions)) return [];
  const versions = entry.versions.filter((v) => v && typeof v.version_name === 'string' && typeof v.schema_url === 'string');
  return entry.name.startsWith('scdl/') ? versions : versions.slice(-1);
}

/** The value rules of a field that can differ between versions. */
function fieldRules(field) {
  const c = field.constraints && typeof field.constraints === 'object' ? field.constraints : {};
  const rules = { type: typeof field.type === 'string' ? field.type : 'string' };
  if (typeof field.format === 'string' && field.format !== 'default') rules.format = field.format;
  if (c.required === true) rules.required = true;
  if (typeof c.pattern === 'string') rules.pattern = c.pattern;
  if (Array.isArray(c.enum)) rules.enum = c.enum.map(String);
  for (const k of ['minLength', 'maxLength', 'minimum', 'maximum']) {
    const n = typeof c[k] === 'string' ? Number(c[k]) : c[k];
    if (typeof n === 'number' && Number.isFinite(n)) rules[k] = n;
  }
  if (Array.isArray(field.trueValues)) rules.trueValues = field.trueValues.map(String);
  if (Array.isArray(field.falseValues)) rules.falseValues = field.falseValues.map(String);
  return rules;
}

function fieldsOf(descriptor) {
  return Array.isArray(descriptor?.fields) ? descriptor.fields.filter((f) => f && typeof f.name === 'string') : [];
}

/**
 * Hints per version: for versions with exactly the same header, the rules of the
 * fields where they disagree. Only those: detection uses values only to break
 * header ties, and the catalogue stays small.
 */
function hintsByVersion(versions) {
  const groups = new Map();
  for (const v of versions) {
    const key = fieldsOf(v.descriptor).map((f) => f.name).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const hints = new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rulesOf = group.map((v) => new Map(fieldsOf(v.descriptor).map((f) => [f.name, fieldRules(f)])));
    const names = [...(rulesOf[0]?.keys() ?? [])];
    const differing = names.filter((n) => new Set(rulesOf.map((r) => JSON.stringify(r.get(n)))).size > 1);
    if (differing.length === 0) continue;
    group.forEach((v, i) => hints.set(v.version, differing.map((n) => ({ name: n, ...rulesOf[i].get(n) }))));
  }
  return hints;
}

/**
 * Catalogue entries of one schema, its versions oldest first (the last is the latest).
 * family: { name, title, labels, status, aliases?, versions: [{ version, path, url?, descriptor }] }
 */
export function buildFamilyEntries(family) {
  const labels = [...(family.labels ?? [])];
  const hints = hintsByVersion(family.versions);
  return family.versions.map((v, i) => {
    const fieldNames = fieldsOf(v.descriptor).map((f) => f.name);
    const entry = {
      name: family.name,
      version: v.version,
      title: family.title,
      latest: i === family.versions.length - 1,
      status: family.status ?? 'active',
      scdl: isScdl(family.name, labels),
      labels,
      path: v.path,
    };
    if (v.url) entry.url = v.url;
    entry.fieldCount = fieldNames.length;
    entry.fieldNames = fieldNames;
    const aliases = Object.fromEntries(
      Object.entries(family.aliases ?? {}).filter(([field]) => fieldNames.includes(field)),
    );
    if (Object.keys(aliases).length > 0) entry.aliases = aliases;
    const h = hints.get(v.version);
    if (h) entry.hints = h;
    return entry;
  });
}
