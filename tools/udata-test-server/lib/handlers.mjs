// What each action does to the state, as udata 17's source defines it
// (udata/core/dataset/api.py, udata/core/storages/api.py, udata/api/__init__.py).
// A handler returns { status, body?, headers?, raw? } and never touches the socket.

import {
  ALLOWED_EXTENSIONS, FREQUENCIES, LICENSES, RESOURCE_TYPES,
  canEdit, datasetJson, extensionOf, findDataset, meJson, mimeOf, newDataset, newResourceId,
  normaliseFilename, resourceJson, sha1, storagePath,
} from './state.mjs';

const FORBIDDEN = { message: 'You do not have the permission to modify that object.' };
const NOT_FOUND = { message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' };
const GONE = { message: 'Dataset has been deleted' };
const READ_ONLY = { message: 'Due to security reasons, the creation of new content is currently disabled.' };
const NOT_JSON = { errors: { 'Content-Type': 'expecting application/json' } };

const ok = (body, status = 200) => ({ status, body });
const fail = (status, body) => ({ status, body });
const validation = (errors) => fail(400, { errors, message: 'Validation error' });

/** @param {any} ctx */
export function handle(ctx) {
  const fn = HANDLERS[ctx.action];
  if (!fn) return fail(404, NOT_FOUND);
  return fn(ctx);
}

function userDatasets(state, user, { orgs }) {
  const owners = new Set([user.id]);
  if (orgs) for (const org of state.organizations) if (org.members.includes(user.id)) owners.add(org.id);
  return state.datasets.filter((d) => owners.has(d.owner) || owners.has(d.organization));
}

/** Resolves `{dataset}` for write routes: unknown → 404, not an editor → 403. */
function editableDataset(state, user, idOrSlug) {
  const dataset = findDataset(state, idOrSlug);
  if (!dataset) return { error: fail(404, NOT_FOUND) };
  if (!canEdit(state, user, dataset)) return { error: fail(403, FORBIDDEN) };
  return { dataset };
}

function checkChoice(errors, body, field, choices) {
  if (body[field] !== undefined && body[field] !== null && !choices.includes(body[field])) {
    errors[field] = ['Not a valid choice'];
  }
}

function checkText(errors, body, field, { required, max }) {
  const value = body[field];
  if (value === undefined) {
    if (required) errors[field] = ['This field is required.'];
    return;
  }
  if (typeof value !== 'string' || value.trim() === '') errors[field] = ['This field is required.'];
  else if (value.length > max) errors[field] = [`Field cannot be longer than ${max} characters.`];
}

function checkExtras(errors, body) {
  if (body.extras === undefined) return;
  const extras = body.extras;
  const primitive = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (typeof extras !== 'object' || extras === null || Array.isArray(extras) || !Object.values(extras).every(primitive)) {
    errors.extras = ['Invalid extras'];
  }
}

function validateDataset(state, user, body, { creating }) {
  const errors = {};
  checkText(errors, body, 'title', { required: creating, max: 350 });
  checkText(errors, body, 'description', { required: creating, max: 100_000 });
  checkChoice(errors, body, 'license', LICENSES);
  checkChoice(errors, body, 'frequency', FREQUENCIES);
  checkExtras(errors, body);
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
    errors.tags = ['Invalid tags'];
  }
  if (creating && body.organization !== undefined && body.organization !== null) {
    const org = state.organizations.find((o) => o.id === body.organization);
    if (!org) errors.organization = ['Unknown organization'];
    else if (!org.members.includes(user.id) && !user.roles.includes('admin')) {
      errors.organization = ['Permission denied for this organization'];
    }
  }
  return errors;
}

function validateSchema(state, schema) {
  if (schema === null) return null;
  if (typeof schema !== 'object' || Array.isArray(schema)) return ['Invalid schema'];
  const errors = {};
  const { name, version, url } = schema;
  if (name === undefined && url === undefined) errors.name = ['A schema must contain a name or an URL.'];
  if (name !== undefined) {
    const versions = state.schemaCatalog[name];
    if (!versions) {
      errors.name = [`Schema name "${name}" is not an allowed value. Allowed values: ${Object.keys(state.schemaCatalog).join(', ')}`];
    } else if (version !== undefined && version !== null && version !== 'latest' && !versions.includes(version)) {
      errors.version = [`Version "${version}" is not an allowed value for the schema "${name}". Allowed versions: ${[...versions, 'latest'].join(', ')}`];
    }
  }
  return Object.keys(errors).length ? errors : null;
}

const HANDLERS = {
  me: ({ state, user }) => ok(meJson(state, user)),

  'me-datasets': ({ state, user }) => ok(userDatasets(state, user, { orgs: false }).map((d) => datasetJson(state, d))),

  'me-org-datasets': ({ state, user, query }) => {
    const q = (query.get('q') ?? '').toLowerCase();
    const list = userDatasets(state, user, { orgs: true })
      .filter((d) => !q || d.title.toLowerCase().includes(q))
      .sort((a, b) => b.last_modified.localeCompare(a.last_modified));
    return ok(list.map((d) => datasetJson(state, d)));
  },

  extensions: () => ok([...ALLOWED_EXTENSIONS].sort()),

  schemas: ({ state }) => ok(Object.entries(state.schemaCatalog).map(([name, versions]) => ({
    name, schema_type: 'tableschema', versions: versions.map((v) => ({ version_name: v })),
  }))),

  'dataset-create': ({ state, user, json }) => {
    if (json === undefined) return fail(400, NOT_JSON);
    if (state.readOnly) return fail(423, READ_ONLY);
    const errors = validateDataset(state, user, json, { creating: true });
    if (Object.keys(errors).length) return validation(errors);
    const dataset = newDataset(state, {
      ...json,
      organization: json.organization ?? null,
      owner: user.id,
      private: json.private === true,
    });
    return ok(datasetJson(state, dataset), 201);
  },

  'dataset-get': ({ state, user, params }) => {
    const dataset = findDataset(state, params[0]);
    if (!dataset) return fail(404, NOT_FOUND);
    const editor = canEdit(state, user, dataset);
    if (dataset.private && !editor) return fail(404, NOT_FOUND);
    if (dataset.deleted) return fail(410, GONE);
    return ok(datasetJson(state, dataset));
  },

  'dataset-update': ({ state, user, params, json }) => {
    const dataset = findDataset(state, params[0]);
    if (!dataset) return fail(404, NOT_FOUND);
    if (dataset.deleted && !(json && 'deleted' in json && json.deleted === null)) return fail(410, GONE);
    if (!canEdit(state, user, dataset)) return fail(403, FORBIDDEN);
    if (json === undefined) return fail(400, NOT_JSON);
    const errors = validateDataset(state, user, json, { creating: false });
    if (Object.keys(errors).length) return validation(errors);
    for (const key of ['title', 'description', 'license', 'frequency', 'tags', 'extras', 'temporal_coverage', 'spatial']) {
      if (json[key] !== undefined) dataset[key] = structuredClone(json[key]);
    }
    // wtforms' BooleanField reads a missing `private` as false: any update without it publishes.
    dataset.private = json.private === true;
    if ('deleted' in json && json.deleted === null) dataset.deleted = null;
    dataset.last_modified = new Date().toISOString();
    return ok(datasetJson(state, dataset));
  },

  'dataset-delete': ({ state, user, params }) => {
    const dataset = findDataset(state, params[0]);
    if (!dataset) return fail(404, NOT_FOUND);
    if (dataset.deleted) return fail(410, GONE);
    if (!canEdit(state, user, dataset)) return fail(403, FORBIDDEN);
    dataset.deleted = new Date().toISOString();
    return { status: 204 };
  },

  'upload-new': (ctx) => upload(ctx, null),
  'upload-replace': (ctx) => upload(ctx, ctx.params[1]),

  'resource-create': ({ state, user, params, json }) => {
    const found = editableDataset(state, user, params[0]);
    if (found.error) return found.error;
    if (json === undefined) return fail(400, NOT_JSON);
    if (json.filetype !== 'remote') return fail(400, 'This endpoint only supports remote resources');
    const errors = {};
    checkText(errors, json, 'title', { required: true, max: 350 });
    if (typeof json.url !== 'string' || !json.url) errors.url = ['This field is required.'];
    if (Object.keys(errors).length) return validation(errors);
    const now = new Date().toISOString();
    const id = newResourceId();
    const resource = {
      id, title: json.title, description: json.description ?? null, filetype: 'remote', type: json.type ?? 'main',
      format: json.format ?? null, url: json.url, latest: `${state.baseUrl}/api/1/datasets/r/${id}`,
      checksum: null, filesize: null, mime: null, schema: null, extras: {}, created_at: now, last_modified: now,
    };
    found.dataset.resources.unshift(resource);
    return ok(resourceJson(resource), 201);
  },

  'resource-get': ({ state, user, params }) => {
    const dataset = findDataset(state, params[0]);
    if (!dataset) return fail(404, NOT_FOUND);
    if (!canEdit(state, user, dataset)) {
      if (dataset.private) return fail(404, NOT_FOUND);
      if (dataset.deleted) return fail(410, GONE);
    }
    const resource = dataset.resources.find((r) => r.id === params[1]);
    if (!resource) return fail(404, { message: 'Resource does not exist' });
    return ok(resourceJson(resource));
  },

  'resource-update': ({ state, user, params, json }) => {
    const found = editableDataset(state, user, params[0]);
    if (found.error) return found.error;
    const resource = found.dataset.resources.find((r) => r.id === params[1]);
    if (!resource) return fail(404, { message: 'Resource does not exist' });
    if (json === undefined) return fail(400, NOT_JSON);
    if (json.filetype && json.filetype !== resource.filetype) return fail(400, { message: 'Cannot modify filetype after creation' });
    const errors = {};
    if (json.title !== undefined) checkText(errors, json, 'title', { required: true, max: 350 });
    checkChoice(errors, json, 'type', RESOURCE_TYPES);
    checkExtras(errors, json);
    if ('schema' in json) {
      const schemaErrors = validateSchema(state, json.schema);
      if (schemaErrors) errors.schema = schemaErrors;
    }
    if (Object.keys(errors).length) return validation(errors);
    for (const key of ['title', 'description', 'type', 'extras']) {
      if (json[key] !== undefined) resource[key] = structuredClone(json[key]);
    }
    // Hosted files keep their server-computed fields whatever the client sends.
    if (resource.filetype !== 'file') {
      for (const key of ['url', 'format', 'mime']) if (json[key] !== undefined) resource[key] = json[key];
    }
    if ('schema' in json) {
      resource.schema = json.schema === null ? null : {
        name: json.schema.name ?? null, version: json.schema.version ?? null, url: json.schema.name ? null : (json.schema.url ?? null),
      };
    }
    resource.last_modified = new Date().toISOString();
    found.dataset.last_modified = resource.last_modified;
    return ok(resourceJson(resource));
  },

  'resource-delete': ({ state, user, params }) => {
    const found = editableDataset(state, user, params[0]);
    if (found.error) return found.error;
    const index = found.dataset.resources.findIndex((r) => r.id === params[1]);
    if (index < 0) return fail(404, { message: 'Resource does not exist' });
    const [removed] = found.dataset.resources.splice(index, 1);
    if (removed?.fs_filename) state.files.delete(removed.fs_filename);
    return { status: 204 };
  },

  'resource-redirect': ({ state, params }) => {
    for (const dataset of state.datasets) {
      const resource = dataset.resources.find((r) => r.id === params[0]);
      if (resource) return { status: 302, headers: { location: resource.url } };
    }
    return fail(404, NOT_FOUND);
  },

  'file-download': ({ state, params }) => {
    const data = state.files.get(params[0]);
    if (!data) return fail(404, NOT_FOUND);
    return { status: 200, raw: data, headers: { 'content-type': mimeOf(params[0]) } };
  },
};

/** udata's `upload_parser`: integer form fields; a bad one is a reqparse 400. */
export function readUploadArgs(form) {
  const args = { file: form?.files.file ?? null, uuid: form?.fields.uuid, filename: form?.fields.filename };
  const errors = {};
  for (const name of ['partindex', 'partbyteoffset', 'totalparts', 'chunksize']) {
    const raw = form?.fields[name];
    if (raw === undefined || raw === '') { args[name] = null; continue; }
    if (!/^-?\d+$/.test(raw.trim())) errors[name] = `invalid literal for int() with base 10: '${raw}'`;
    else args[name] = Number.parseInt(raw, 10);
  }
  return { args, errors: Object.keys(errors).length ? errors : null };
}

/** The part an upload request carries: its index, `'combine'` for the final POST, null when not chunked. */
export function uploadPart(args) {
  if (!(args.totalparts > 1)) return null;
  return args.file ? args.partindex : 'combine';
}

function looksLikeHtml(data) {
  const head = data.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function upload(ctx, rid) {
  const { state, user, params, form, faultCorrupt } = ctx;
  const found = editableDataset(state, user, params[0]);
  if (found.error) return found.error;
  const dataset = found.dataset;
  const resource = rid === null ? null : dataset.resources.find((r) => r.id === rid);
  if (rid !== null && !resource) return fail(404, { message: 'Resource does not exist' });

  const { args, errors } = readUploadArgs(form);
  if (errors) return fail(400, { errors, message: 'Input payload validation failed' });
  const part = uploadPart(args);
  let data;
  let filename;
  if (part !== null && part !== 'combine') {
    if (args.file.data.length !== args.chunksize) return fail(400, { success: false, error: 'Chunk size mismatch' });
    const uuid = String(args.uuid);
    const pending = state.chunks.get(uuid) ?? { parts: new Map(), meta: {}, offsets: new Map() };
    pending.parts.set(part, Buffer.from(args.file.data));
    pending.offsets.set(part, args.partbyteoffset);
    pending.meta = { uuid, filename: args.filename, totalparts: args.totalparts, lastchunk: new Date().toISOString() };
    state.chunks.set(uuid, pending);
    return ok({ success: true });
  }
  if (part === 'combine') {
    const uuid = String(args.uuid);
    const pending = state.chunks.get(uuid);
    const missing = [];
    for (let i = 0; i < args.totalparts; i += 1) if (!pending?.parts.has(i)) missing.push(i);
    // udata reads every part from the chunk storage; a missing one raises (500).
    if (missing.length) return fail(500, { message: 'Internal Server Error' });
    data = Buffer.concat([...Array(args.totalparts).keys()].map((i) => pending.parts.get(i)));
    state.chunks.delete(uuid);
    filename = args.filename ?? 'None';
  } else {
    if (!args.file) return fail(400, { success: false, error: 'Missing file parameter' });
    data = args.file.data;
    filename = args.file.filename;
  }

  const name = normaliseFilename(filename);
  const ext = extensionOf(name);
  if (!ALLOWED_EXTENSIONS.includes(ext)) {
    return fail(400, { message: `This file type is not allowed.The allowed file type list is available at ${state.baseUrl}/api/1/datasets/extensions/` });
  }
  if (looksLikeHtml(data)) return fail(415, { message: 'Incorrect file content type: HTML' });
  if (faultCorrupt && data.length) {
    data = Buffer.from(data);
    data[data.length - 1] ^= 0xff;
  }

  const path = storagePath(state, dataset, name);
  state.files.set(path, Buffer.from(data));
  const now = new Date().toISOString();
  const infos = {
    title: name,
    url: `${state.baseUrl}/s/resources/${path}`,
    checksum: { type: 'sha1', value: sha1(data) },
    filesize: data.length,
    mime: mimeOf(name),
    format: ext,
    fs_filename: path,
    last_modified: now,
  };
  dataset.last_modified = now;
  if (resource) {
    const old = resource.fs_filename;
    Object.assign(resource, infos);
    if (old && old !== path) state.files.delete(old);
    return ok({ ...resourceJson(resource), success: true });
  }
  const id = newResourceId();
  const created = {
    id, description: null, filetype: 'file', type: 'main', schema: null, extras: {}, created_at: now,
    latest: `${state.baseUrl}/api/1/datasets/r/${id}`, ...infos,
  };
  // udata's add_resource inserts at the top of the list.
  dataset.resources.unshift(created);
  return ok({ ...resourceJson(created), success: true }, 201);
}
