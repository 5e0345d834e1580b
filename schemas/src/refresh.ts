import type { CatalogEntry } from '@scdl/core/detect/types';
import { compareVersions } from '@scdl/core/detect/version';
import type { SchemaDescriptor } from '@scdl/core/schema/types';
import { buildFamilyEntries, publishedPath, wantedVersions, type FamilyVersion, type PublishedSchema } from './build/entries.mjs';
import type { SchemaOverlay } from './overlay';
import { formatSchemaRef } from './ref';

/**
 * `scdl schemas --refresh`, without I/O: reads schema.data.gouv.fr's catalogue,
 * fetches the versions we do not have, keeps those the check accepts and builds
 * their catalogue entries with the generator's own rules (build/entries.mjs).
 */

export const DEFAULT_CATALOG_URL = 'https://schema.data.gouv.fr/schemas.json';

export interface FetchResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}
/** What we need of `fetch` (the core and this package have no DOM types). */
export type FetchLike = (url: string) => Promise<FetchResponse>;

export type RejectCode = 'unreachable' | 'http' | 'not-json' | 'invalid';

export interface RefreshItem {
  name: string;
  version: string;
  status: 'added' | 'kept' | 'rejected';
  /** For kept versions: bundled with the toolkit, or added by an earlier refresh. */
  origin?: 'bundled' | 'cache';
  reason?: { code: RejectCode; detail?: string };
}

export interface RefreshOptions {
  fetch: FetchLike;
  catalogUrl?: string;
  /** The catalogue's text when already read (a local file); fetched from catalogUrl otherwise. */
  catalogText?: string;
  bundled: readonly CatalogEntry[];
  loadBundled(entry: CatalogEntry): Promise<SchemaDescriptor>;
  previous: SchemaOverlay | null;
  /** Why a descriptor is unusable; empty when accepted. The CLI compiles it with the core. */
  check(descriptor: unknown): string[];
  /** ISO timestamp of the refresh. */
  now(): string;
}

export type RefreshResult =
  | { ok: true; overlay: SchemaOverlay; changed: boolean; items: RefreshItem[] }
  | { ok: false; code: RejectCode; detail: string };

type Fetched = { ok: true; text: string } | { ok: false; code: RejectCode; detail: string };

async function fetchText(fetch: FetchLike, url: string): Promise<Fetched> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { ok: false, code: 'http', detail: `HTTP ${res.status}` };
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, code: 'unreachable', detail: e instanceof Error ? e.message : String(e) };
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

interface Accepted extends FamilyVersion {
  descriptor: SchemaDescriptor;
}

/** Every version of a touched schema we can load, oldest first, ready for buildFamilyEntries. */
async function familyVersions(
  schema: PublishedSchema,
  opts: RefreshOptions,
  added: ReadonlyMap<string, Accepted>,
): Promise<FamilyVersion[]> {
  const versions = new Map<string, FamilyVersion>();
  for (const e of opts.bundled.filter((b) => b.name === schema.name)) {
    versions.set(e.version, { version: e.version, path: e.path, ...(e.url ? { url: e.url } : {}), descriptor: await opts.loadBundled(e) });
  }
  for (const e of opts.previous?.entries.filter((p) => p.name === schema.name) ?? []) {
    const d = opts.previous?.descriptors[formatSchemaRef(e)];
    if (d && !versions.has(e.version)) versions.set(e.version, { version: e.version, path: e.path, ...(e.url ? { url: e.url } : {}), descriptor: d });
  }
  for (const a of added.values()) versions.set(a.version, a);
  return [...versions.values()].sort((a, b) => compareVersions(a.version, b.version));
}

function familyAliases(bundled: readonly CatalogEntry[], name: string): Record<string, readonly string[]> {
  const aliases: Record<string, readonly string[]> = {};
  for (const e of bundled) if (e.name === name) Object.assign(aliases, e.aliases);
  return aliases;
}

export async function refreshSchemas(opts: RefreshOptions): Promise<RefreshResult> {
  const url = opts.catalogUrl ?? DEFAULT_CATALOG_URL;
  const fetched: Fetched = opts.catalogText !== undefined ? { ok: true, text: opts.catalogText } : await fetchText(opts.fetch, url);
  if (!fetched.ok) return fetched;
  const parsed = parseJson(fetched.text);
  const list = parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as { schemas?: unknown }).schemas : undefined;
  if (!Array.isArray(list)) return { ok: false, code: 'not-json', detail: url };

  const bundledRefs = new Set(opts.bundled.map(formatSchemaRef));
  const cached = opts.previous?.descriptors ?? {};
  const items: RefreshItem[] = [];
  const addedByName = new Map<string, Map<string, Accepted>>();
  const schemas = (list as PublishedSchema[]).filter((s) => s && typeof s.name === 'string').sort((a, b) => (a.name < b.name ? -1 : 1));

  for (const schema of schemas) {
    for (const v of wantedVersions(schema)) {
      const base = { name: schema.name, version: v.version_name };
      const ref = formatSchemaRef(base);
      if (bundledRefs.has(ref)) items.push({ ...base, status: 'kept', origin: 'bundled' });
      else if (cached[ref]) items.push({ ...base, status: 'kept', origin: 'cache' });
      else {
        const got = await fetchText(opts.fetch, v.schema_url);
        const json = got.ok ? parseJson(got.text) : null;
        const problems = json?.ok ? opts.check(json.value) : [];
        if (!got.ok) items.push({ ...base, status: 'rejected', reason: { code: got.code, detail: got.detail } });
        else if (!json?.ok) items.push({ ...base, status: 'rejected', reason: { code: 'not-json', detail: v.schema_url } });
        else if (problems.length > 0) items.push({ ...base, status: 'rejected', reason: { code: 'invalid', detail: problems.slice(0, 3).join(' ; ') } });
        else {
          const path = publishedPath(v.schema_url) ?? `${schema.name}/${v.version_name}/schema.json`;
          const family = addedByName.get(schema.name) ?? new Map<string, Accepted>();
          family.set(v.version_name, { version: v.version_name, path, url: v.schema_url, descriptor: (json as { value: SchemaDescriptor }).value });
          addedByName.set(schema.name, family);
          items.push({ ...base, status: 'added' });
        }
      }
    }
  }

  const previous = opts.previous;
  if (addedByName.size === 0 && previous) return { ok: true, overlay: previous, changed: false, items };

  let entries = previous?.entries.filter((e) => !addedByName.has(e.name)) ?? [];
  const descriptors: Record<string, SchemaDescriptor> = { ...(previous?.descriptors ?? {}) };
  for (const schema of schemas.filter((s) => addedByName.has(s.name))) {
    const added = addedByName.get(schema.name) ?? new Map<string, Accepted>();
    for (const a of added.values()) descriptors[formatSchemaRef({ name: schema.name, version: a.version })] = a.descriptor;
    entries = entries.concat(
      buildFamilyEntries({
        name: schema.name,
        title: typeof schema.title === 'string' ? schema.title : schema.name,
        labels: Array.isArray(schema.labels) ? schema.labels : [],
        status: 'active',
        aliases: familyAliases(opts.bundled, schema.name),
        versions: await familyVersions(schema, opts, added),
      }),
    );
  }
  const overlay: SchemaOverlay = { format: 1, source: url, refreshedAt: opts.now(), entries, descriptors };
  return { ok: true, overlay, changed: addedByName.size > 0, items };
}
