// The fake udata's data: users, tokens, organisations, datasets, stored files, pending chunks.
// Plain objects so tests can read (and arrange) them directly.

import { createHash, randomUUID } from 'node:crypto';

export const TEST_API_KEY = 'udata_test_5f3c2a9e7b1d4c6a8e0f2b4d6c8a1e3f';
export const OTHER_USER_API_KEY = 'udata_test_other_0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const REVOKED_API_KEY = 'udata_test_revoked_9d8c7b6a5f4e3d2c1b0a99887766554';
export const EXPIRED_API_KEY = 'udata_test_expired_11223344556677889900aabbccddeeff';
export const INACTIVE_API_KEY = 'udata_test_inactive_ffeeddccbbaa00998877665544332211';

export const ORG_ID = '5a0c1e2f3b4d5e6f7a8b9c01';
export const OTHER_ORG_ID = '5a0c1e2f3b4d5e6f7a8b9c02';
export const USER_ID = '6b1d2f3a4c5e6f7a8b9c0d01';
export const OTHER_USER_ID = '6b1d2f3a4c5e6f7a8b9c0d02';

/** udata's ALLOWED_RESOURCES_EXTENSIONS (subset that matters here). */
export const ALLOWED_EXTENSIONS = ['csv', 'txt', 'json', 'xls', 'xlsx', 'ods', 'xml', 'zip', 'geojson', 'parquet', 'pdf'];

export const LICENSES = ['lov2', 'fr-lo', 'odc-odbl', 'odc-by', 'odc-pddl', 'cc-by', 'cc-by-sa', 'cc-zero', 'notspecified', 'other-at', 'other-open', 'other-pd'];

export const FREQUENCIES = [
  'unknown', 'punctual', 'continuous', 'hourly', 'fourTimesADay', 'threeTimesADay', 'semidaily', 'daily',
  'fourTimesAWeek', 'threeTimesAWeek', 'semiweekly', 'weekly', 'biweekly', 'threeTimesAMonth', 'semimonthly',
  'monthly', 'bimonthly', 'quarterly', 'threeTimesAYear', 'semiannual', 'annual', 'biennial', 'triennial',
  'quinquennial', 'irregular',
];

export const RESOURCE_TYPES = ['main', 'documentation', 'update', 'api', 'code', 'other'];

/** Stand-in for schema.data.gouv.fr's catalogue, which udata checks `schema` against. */
export const DEFAULT_SCHEMA_CATALOG = {
  'scdl/subventions': ['2.0.0', '2.1.0', '2.1.1'],
  'scdl/deliberations': ['2.0', '2.1.0', '2.1.1', '2.1.2', '2.1.3'],
  'scdl/catalogue': ['0.1.1', '0.1.2', '0.1.3'],
  'scdl/equipements': ['0.1.0', '0.1.1'],
  'scdl/marches-publics': ['2.0.0', '2.0.1'],
  'scdl/budget': ['0.8.1'],
  'scdl/plats-menus-collectifs': ['1.0.0', '1.2.0'],
  'etalab/schema-irve-statique': ['2.2.0', '2.2.1', '2.3.0', '2.3.1'],
};

export function sha1(data) {
  return createHash('sha1').update(data).digest('hex');
}

/** udata's slugify: lowercase ASCII words joined by dashes (`Données (v2)` → `donnees-v2-`). */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/** Upload titles are the normalised file name, as udata's storage stores it. */
export function normaliseFilename(filename) {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const slug = slugify(stem).replace(/^-+/, '');
  return ext ? `${slug}.${ext}` : slug;
}

export function extensionOf(filename) {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

const MIMES = { csv: 'text/csv', txt: 'text/plain', json: 'application/json', geojson: 'application/geo+json', xml: 'application/xml', zip: 'application/zip', pdf: 'application/pdf' };

export function mimeOf(filename) {
  return MIMES[extensionOf(filename)] ?? 'application/octet-stream';
}

let objectIdCounter = 0x100;
function objectId() {
  objectIdCounter += 1;
  return `64f0a0b0c0d0e0f0${objectIdCounter.toString(16).padStart(8, '0')}`;
}

export function createState({ baseUrl, schemaCatalog = DEFAULT_SCHEMA_CATALOG, maxUploadBytes = 100 * 1024 * 1024 } = {}) {
  const now = new Date().toISOString();
  return {
    baseUrl,
    schemaCatalog,
    maxUploadBytes,
    /** When true, creating content answers 423 like data.gouv.fr's anti-spam read-only mode. */
    readOnly: false,
    users: [
      { id: USER_ID, first_name: 'Camille', last_name: 'Agent', slug: 'camille-agent', active: true, roles: [] },
      { id: OTHER_USER_ID, first_name: 'Dominique', last_name: 'Autre', slug: 'dominique-autre', active: true, roles: [] },
      { id: '6b1d2f3a4c5e6f7a8b9c0d03', first_name: 'Ancien', last_name: 'Compte', slug: 'ancien-compte', active: false, roles: [] },
    ],
    tokens: [
      { token: TEST_API_KEY, userId: USER_ID, revoked: false, expiresAt: null },
      { token: OTHER_USER_API_KEY, userId: OTHER_USER_ID, revoked: false, expiresAt: null },
      { token: REVOKED_API_KEY, userId: USER_ID, revoked: true, expiresAt: null },
      { token: EXPIRED_API_KEY, userId: USER_ID, revoked: false, expiresAt: '2020-01-01T00:00:00Z' },
      { token: INACTIVE_API_KEY, userId: '6b1d2f3a4c5e6f7a8b9c0d03', revoked: false, expiresAt: null },
    ],
    organizations: [
      { id: ORG_ID, name: 'Commune de Testville', slug: 'commune-de-testville', business_number_id: '21860194600013', members: [USER_ID] },
      { id: OTHER_ORG_ID, name: 'Autre Collectivité', slug: 'autre-collectivite', business_number_id: '21350238800019', members: [OTHER_USER_ID] },
    ],
    /** @type {any[]} */
    datasets: [],
    /** Stored files by storage path (udata's `fs_filename`). @type {Map<string, Buffer>} */
    files: new Map(),
    /** Pending chunked uploads by uuid. @type {Map<string, { parts: Map<number, Buffer>, meta: any }>} */
    chunks: new Map(),
    /** Every request as the server saw it (never the key itself). @type {any[]} */
    requests: [],
    createdAt: now,
  };
}

export function newDataset(state, fields) {
  const now = new Date().toISOString();
  const id = objectId();
  let slug = slugify(fields.title).replace(/^-+|-+$/g, '') || 'dataset';
  const taken = new Set(state.datasets.map((d) => d.slug));
  if (taken.has(slug)) {
    let n = 1;
    while (taken.has(`${slug}-${n}`)) n += 1;
    slug = `${slug}-${n}`;
  }
  const dataset = {
    id,
    slug,
    title: fields.title,
    description: fields.description ?? '',
    organization: fields.organization ?? null,
    owner: fields.organization ? null : (fields.owner ?? null),
    private: fields.private === true,
    deleted: null,
    archived: null,
    license: fields.license ?? 'notspecified',
    frequency: fields.frequency ?? 'unknown',
    tags: fields.tags ?? [],
    extras: fields.extras ?? {},
    temporal_coverage: fields.temporal_coverage ?? null,
    spatial: fields.spatial ?? null,
    created_at: now,
    last_modified: now,
    resources: [],
  };
  state.datasets.push(dataset);
  return dataset;
}

export function newResourceId() {
  return randomUUID();
}

export function findDataset(state, idOrSlug) {
  return state.datasets.find((d) => d.id === idOrSlug || d.slug === idOrSlug) ?? null;
}

export function canEdit(state, user, dataset) {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  if (dataset.owner === user.id) return true;
  if (!dataset.organization) return false;
  const org = state.organizations.find((o) => o.id === dataset.organization);
  return Boolean(org?.members.includes(user.id));
}

function orgRef(state, orgId) {
  const org = state.organizations.find((o) => o.id === orgId);
  if (!org) return null;
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    business_number_id: org.business_number_id,
    page: `${state.baseUrl}/organizations/${org.slug}/`,
    uri: `${state.baseUrl}/api/1/organizations/${org.id}/`,
  };
}

function userRef(state, userId) {
  const user = state.users.find((u) => u.id === userId);
  if (!user) return null;
  return {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    slug: user.slug,
    page: `${state.baseUrl}/users/${user.slug}/`,
    uri: `${state.baseUrl}/api/1/users/${user.id}/`,
  };
}

export function resourceJson(resource) {
  const { fs_filename: _internal, ...visible } = resource;
  return structuredClone(visible);
}

export function datasetJson(state, dataset) {
  return {
    id: dataset.id,
    slug: dataset.slug,
    title: dataset.title,
    description: dataset.description,
    private: dataset.private,
    deleted: dataset.deleted,
    archived: dataset.archived,
    license: dataset.license,
    frequency: dataset.frequency,
    tags: [...dataset.tags],
    extras: structuredClone(dataset.extras),
    temporal_coverage: dataset.temporal_coverage,
    spatial: dataset.spatial,
    created_at: dataset.created_at,
    last_modified: dataset.last_modified,
    last_update: dataset.last_modified,
    organization: dataset.organization ? orgRef(state, dataset.organization) : null,
    owner: dataset.owner ? userRef(state, dataset.owner) : null,
    resources: dataset.resources.map(resourceJson),
    page: `${state.baseUrl}/datasets/${dataset.slug}/`,
    uri: `${state.baseUrl}/api/1/datasets/${dataset.id}/`,
  };
}

export function meJson(state, user) {
  return {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    slug: user.slug,
    roles: [...user.roles],
    organizations: state.organizations.filter((o) => o.members.includes(user.id)).map((o) => orgRef(state, o.id)),
    page: `${state.baseUrl}/users/${user.slug}/`,
    uri: `${state.baseUrl}/api/1/users/${user.id}/`,
  };
}

/** Storage paths are `{slug}/{YYYYmmdd-HHMMSS}/{name}`; a counter keeps two uploads in one second apart. */
export function storagePath(state, dataset, filename) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let path = `${dataset.slug}/${stamp}/${filename}`;
  let n = 1;
  while (state.files.has(path)) {
    n += 1;
    path = `${dataset.slug}/${stamp}-${n}/${filename}`;
  }
  return path;
}
