/**
 * Which links of a page point to CSV files. Pure functions of URLs and anchor
 * attributes, shared by the content script (scan) and the background (checks).
 */

/** `csv`: the URL says so; `datagouv`: a data.gouv.fr resource, its format comes from the API; `probe`: a HEAD request decides. */
export type LinkKind = 'csv' | 'datagouv' | 'probe';

export interface LinkCandidate {
  /** Absolute URL without its fragment: the key of the link everywhere. */
  url: string;
  kind: LinkKind;
  /** data.gouv.fr resource id, for `datagouv` links. */
  resourceId?: string;
}

/** What the anchor itself says, besides its href. */
export interface AnchorHints {
  /** The `type` attribute (`<a type="text/csv">`). */
  type?: string | null;
  /** The `download` attribute (a suggested file name). */
  download?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATAGOUV_HOST = /^(?:www\.|demo\.|dev\.)?data\.gouv\.fr$/i;
/** Extensions that are certainly not CSV: no probe for them. */
const NOT_CSV = /\.(?:html?|php3?|aspx?|jsp|pdf|docx?|odt|xlsx?|ods|zip|gz|7z|rar|json|geojson|xml|rdf|ttl|jpe?g|png|gif|svg|webp|mp[34]|avi|css|js|txt|shp|kml|gpx|parquet)$/i;
/** Words of download links without an extension (`/telecharger?id=3`, `/export/csv`, `?format=csv`). */
const DOWNLOAD_HINT = /(?:download|t[ée]l[ée]charg|export|fichier|attachment|getfile|[?&](?:_?format|type|output)=csv\b|\/csv(?:\/|$|\?))/i;

/** Normalises an href against the page: absolute http(s) URL without fragment, or null. */
export function absoluteUrl(href: string, base: string): URL | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  return u;
}

/** data.gouv.fr resource id of `…/datasets/r/<id>` (the stable download link) and `/api/1/datasets/r/<id>`. */
export function dataGouvResourceId(u: URL): string | null {
  if (!DATAGOUV_HOST.test(u.hostname)) return null;
  const m = /^\/(?:(?:fr|en|es)\/)?(?:api\/1\/)?datasets\/r\/([^/]+)\/?$/.exec(u.pathname);
  return m && UUID.test(m[1]!) ? m[1]!.toLowerCase() : null;
}

function lastSegment(u: URL): string {
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded */
  }
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isCsvMime(type: string | null | undefined): boolean {
  if (!type) return false;
  const t = type.split(';')[0]!.trim().toLowerCase();
  return t === 'text/csv' || t === 'application/csv' || t === 'text/comma-separated-values' || t === 'text/x-csv' || t === 'application/x-csv';
}

/** The link's kind, or null when it is not a CSV link worth a badge. */
export function classifyLink(href: string, base: string, hints: AnchorHints = {}): LinkCandidate | null {
  const u = absoluteUrl(href, base);
  if (!u) return null;
  const url = u.href;
  const resourceId = dataGouvResourceId(u);
  if (resourceId) return { url, kind: 'datagouv', resourceId };
  const name = lastSegment(u);
  if (/\.csv$/i.test(name)) return { url, kind: 'csv' };
  if (isCsvMime(hints.type) || /\.csv$/i.test(hints.download ?? '')) return { url, kind: 'csv' };
  if (NOT_CSV.test(name)) return null;
  if (DOWNLOAD_HINT.test(u.pathname + u.search)) return { url, kind: 'probe' };
  return null;
}

/**
 * What a HEAD (or GET) response says: true when the server announces CSV by
 * Content-Type or by the file name of Content-Disposition.
 */
export function headSaysCsv(contentType: string | null, contentDisposition: string | null): boolean {
  if (isCsvMime(contentType)) return true;
  if (contentDisposition) {
    const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition);
    if (m && /\.csv$/i.test(m[1]!.trim())) return true;
  }
  return false;
}

/** The match pattern that grants host access to a URL's origin (`https://static.data.gouv.fr/*`). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
