/**
 * data.gouv.fr resource links (`/datasets/r/<id>`): the API says their format,
 * the schema the producer declared, the file's real URL and its size.
 * `GET /api/2/datasets/resources/<id>/` answers with CORS (udata's /api routes).
 */

export interface DataGouvResource {
  format: string | null;
  /** `name@version` or `name` (latest) as declared on the resource. */
  schema?: string;
  /** URL of the file itself (static.data.gouv.fr or a remote host). */
  url?: string;
  size?: number;
  title?: string;
}

interface ApiResource {
  format?: string | null;
  url?: string;
  latest?: string;
  filesize?: number | null;
  title?: string;
  schema?: { name?: string | null; version?: string | null; url?: string | null } | null;
}

export function apiUrlOf(linkUrl: string, resourceId: string): string {
  const u = new URL(linkUrl);
  return `${u.protocol}//${u.host}/api/2/datasets/resources/${resourceId}/`;
}

export function declaredSchemaOf(schema: ApiResource['schema']): string | undefined {
  if (!schema?.name) return undefined;
  const v = schema.version?.trim();
  return v && v !== 'latest' ? `${schema.name}@${v}` : schema.name;
}

export async function lookupResource(fetchFn: typeof fetch, linkUrl: string, resourceId: string): Promise<DataGouvResource | null> {
  let res: Response;
  try {
    res = await fetchFn(apiUrlOf(linkUrl, resourceId), { headers: { Accept: 'application/json' } });
  } catch {
    return null;
  }
  if (!res.ok) return null;
  let body: { resource?: ApiResource };
  try {
    body = (await res.json()) as { resource?: ApiResource };
  } catch {
    return null;
  }
  const r = body.resource;
  if (!r) return null;
  const out: DataGouvResource = { format: r.format ? r.format.toLowerCase() : null };
  const schema = declaredSchemaOf(r.schema);
  if (schema) out.schema = schema;
  if (r.url) out.url = r.url;
  if (typeof r.filesize === 'number') out.size = r.filesize;
  if (r.title) out.title = r.title;
  return out;
}
