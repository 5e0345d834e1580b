// Route table: method + path → action name. Faults and the request log speak in action names.

/** @type {Array<[string, RegExp, string]>} order matters: fixed paths before `{dataset}` patterns */
const ROUTES = [
  ['GET', /^\/api\/1\/me\/$/, 'me'],
  ['GET', /^\/api\/1\/me\/datasets\/$/, 'me-datasets'],
  ['GET', /^\/api\/1\/me\/org_datasets\/$/, 'me-org-datasets'],
  ['GET', /^\/api\/1\/datasets\/extensions\/$/, 'extensions'],
  ['GET', /^\/api\/1\/datasets\/schemas\/$/, 'schemas'],
  ['GET', /^\/api\/1\/datasets\/r\/([^/]+)$/, 'resource-redirect'],
  ['POST', /^\/api\/1\/datasets\/$/, 'dataset-create'],
  ['GET', /^\/api\/1\/datasets\/([^/]+)\/$/, 'dataset-get'],
  ['PUT', /^\/api\/1\/datasets\/([^/]+)\/$/, 'dataset-update'],
  ['DELETE', /^\/api\/1\/datasets\/([^/]+)\/$/, 'dataset-delete'],
  ['POST', /^\/api\/1\/datasets\/([^/]+)\/upload\/$/, 'upload-new'],
  ['POST', /^\/api\/1\/datasets\/([^/]+)\/resources\/$/, 'resource-create'],
  ['POST', /^\/api\/1\/datasets\/([^/]+)\/resources\/([^/]+)\/upload\/$/, 'upload-replace'],
  ['GET', /^\/api\/1\/datasets\/([^/]+)\/resources\/([^/]+)\/$/, 'resource-get'],
  ['PUT', /^\/api\/1\/datasets\/([^/]+)\/resources\/([^/]+)\/$/, 'resource-update'],
  ['DELETE', /^\/api\/1\/datasets\/([^/]+)\/resources\/([^/]+)\/$/, 'resource-delete'],
  ['GET', /^\/datasets\/r\/([^/]+)$/, 'resource-redirect'],
  ['GET', /^\/s\/resources\/(.+)$/, 'file-download'],
];

export const ACTIONS = [...new Set(ROUTES.map((r) => r[2]))];

/** Actions that need a signed-in user (udata's `@api.secure`). */
export const SECURE_ACTIONS = new Set([
  'me', 'me-datasets', 'me-org-datasets', 'dataset-create', 'dataset-update', 'dataset-delete',
  'upload-new', 'upload-replace', 'resource-create', 'resource-update', 'resource-delete',
]);

export const UPLOAD_ACTIONS = new Set(['upload-new', 'upload-replace']);

/**
 * @param {string} method
 * @param {string} path decoded path, without the query string
 * @returns {{ action: string, params: string[] } | { redirect: string } | null}
 */
export function route(method, path) {
  for (const [m, pattern, action] of ROUTES) {
    if (m !== method) continue;
    const match = pattern.exec(path);
    if (match) return { action, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  // Flask answers 308 to the same path with a trailing slash (strict_slashes).
  if (path.startsWith('/api/') && !path.endsWith('/')) {
    for (const [m, pattern] of ROUTES) {
      if (m === method && pattern.test(`${path}/`)) return { redirect: `${path}/` };
    }
  }
  return null;
}
