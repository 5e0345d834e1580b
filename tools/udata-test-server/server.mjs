#!/usr/bin/env node
// A local stand-in for data.gouv.fr's udata API v1, for tests and demos. It follows udata's source
// (request shapes, status codes, error bodies, the chunked upload protocol, the private-flag
// pitfall) and can inject faults. Only node built-ins.
//
//   node tools/udata-test-server/server.mjs --port 7777 [--fault '{"action":"dataset-create","type":"drop-response"}']

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { handle, readUploadArgs, uploadPart } from './lib/handlers.mjs';
import { makeFault, takeFault } from './lib/faults.mjs';
import { boundaryOf, parseMultipart } from './lib/multipart.mjs';
import { SECURE_ACTIONS, UPLOAD_ACTIONS, route } from './lib/routes.mjs';
import {
  EXPIRED_API_KEY, INACTIVE_API_KEY, ORG_ID, OTHER_ORG_ID, OTHER_USER_API_KEY, REVOKED_API_KEY,
  TEST_API_KEY, USER_ID, createState,
} from './lib/state.mjs';

export { ACTIONS } from './lib/routes.mjs';

const UNAUTHORIZED = 'The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn\'t understand how to supply the credentials required.';
const TOO_LARGE_HTML = '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const STATUS_BODIES = {
  423: { message: 'Due to security reasons, the creation of new content is currently disabled.' },
  500: { message: 'Internal Server Error' },
  502: { message: 'Bad Gateway' },
  503: { message: 'Service Unavailable' },
  504: { message: 'Gateway Timeout' },
};

/** udata's `authentify`: a bad token is refused on every API route, public GETs included. */
function authenticate(state, header) {
  if (header === undefined) return { user: null, auth: 'none' };
  const token = state.tokens.find((t) => t.token === header);
  if (!token) return { error: 'Invalid API token', auth: 'invalid' };
  if (token.revoked) return { error: 'Revoked API token', auth: 'revoked' };
  if (token.expiresAt && Date.parse(token.expiresAt) < Date.now()) return { error: 'Expired API token', auth: 'expired' };
  const user = state.users.find((u) => u.id === token.userId);
  if (!user?.active) return { error: 'Inactive user', auth: 'inactive' };
  return { user, auth: 'valid' };
}

function send(res, status, body, headers = {}) {
  if (body === undefined || status === 204 || status === 302 || status === 308) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(body)) {
    res.writeHead(status, { 'content-length': body.length, ...headers });
    res.end(body);
    return;
  }
  const text = typeof body === 'string' && headers['content-type']?.startsWith('text/html') ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Reads the body; past `limit` bytes it keeps draining (so the client can read the 413) but stores nothing. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), size, tooLarge: size > limit }));
    req.on('error', reject);
  });
}

function parseJson(req, body) {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) return undefined;
  try {
    return JSON.parse(body.toString('utf8') || 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

function parseForm(req, body) {
  const boundary = boundaryOf(req.headers['content-type']);
  return boundary ? parseMultipart(body, boundary) : null;
}

/**
 * @param {{ port?: number, host?: string, faults?: import('./lib/faults.mjs').FaultSpec[],
 *   schemaCatalog?: Record<string, string[]>, maxUploadBytes?: number }} [options]
 */
export async function startUdataTestServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const state = createState({ schemaCatalog: options.schemaCatalog, maxUploadBytes: options.maxUploadBytes });
  /** @type {import('./lib/faults.mjs').Fault[]} */
  const faults = (options.faults ?? []).map(makeFault);

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error) => {
      if (!res.headersSent && !res.destroyed) send(res, 500, { message: 'Internal Server Error', detail: String(error) });
    });
  });

  async function onRequest(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURI(url.pathname);
    const entry = { method: req.method, path, query: url.search, action: null, part: null, status: null, outcome: 'answered', auth: 'none' };
    state.requests.push(entry);
    const respond = (status, body, headers) => {
      entry.status = status;
      send(res, status, body, { 'access-control-allow-origin': '*', ...headers });
    };

    if (req.method === 'OPTIONS') {
      return respond(204, undefined, {
        'access-control-allow-methods': req.headers['access-control-request-method'] ?? 'GET',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      });
    }
    const found = route(req.method ?? 'GET', path);
    if (!found) {
      await readBody(req, 0);
      return respond(404, { message: 'The requested URL was not found on the server.' });
    }
    if ('redirect' in found) {
      await readBody(req, 0);
      return respond(308, undefined, { location: `${found.redirect}${url.search}` });
    }
    entry.action = found.action;

    const pre = takeFault(faults, found.action, ['reset'], { phase: 'pre' });
    if (pre) {
      // Cut the upload while its body is still arriving; nothing was acted on.
      entry.outcome = 'reset';
      await new Promise((resolve) => {
        req.once('data', resolve);
        req.once('end', resolve);
      });
      req.socket.destroy();
      return;
    }

    const isUpload = UPLOAD_ACTIONS.has(found.action);
    const { body, tooLarge } = await readBody(req, isUpload ? state.maxUploadBytes : 10 * 1024 * 1024);

    // The front proxy refuses oversized bodies before udata sees them.
    if (tooLarge) return respond(413, TOO_LARGE_HTML, { 'content-type': 'text/html' });
    const auth = path.startsWith('/api/') ? authenticate(state, req.headers['x-api-key']) : { user: null, auth: 'none' };
    entry.auth = auth.auth;
    if (auth.error) return respond(401, { message: auth.error });
    if (SECURE_ACTIONS.has(found.action) && !auth.user) return respond(401, { message: UNAUTHORIZED });

    const form = isUpload ? parseForm(req, body) : null;
    const json = isUpload ? undefined : parseJson(req, body);
    const part = isUpload ? uploadPart(readUploadArgs(form).args) : null;
    entry.part = part;
    if (part !== null && part !== 'combine') entry.offset = Number(form?.fields.partbyteoffset);

    const at = { phase: 'post', part };
    const reset = takeFault(faults, found.action, ['reset'], at);
    if (reset) {
      entry.outcome = 'reset';
      req.socket.destroy();
      return;
    }
    const before = takeFault(faults, found.action, ['status'], at);
    if (before && !before.after) {
      return respond(before.status, before.body ?? STATUS_BODIES[before.status] ?? { message: 'Error' }, before.headers);
    }
    const faultCorrupt = Boolean(takeFault(faults, found.action, ['corrupt'], at));
    const drop = takeFault(faults, found.action, ['drop-response'], at);

    const result = handle({ state, action: found.action, params: found.params, user: auth.user, query: url.searchParams, json, form, faultCorrupt });
    entry.result = result.status;

    if (drop) {
      // The server did the work; the client never hears about it.
      entry.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    if (before?.after) {
      return respond(before.status, before.body ?? STATUS_BODIES[before.status] ?? { message: 'Error' }, before.headers);
    }
    return respond(result.status, result.raw ?? result.body, result.headers);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host}:${port}`;
  state.baseUrl = url;

  return {
    url,
    state,
    apiKey: TEST_API_KEY,
    keys: { valid: TEST_API_KEY, otherUser: OTHER_USER_API_KEY, revoked: REVOKED_API_KEY, expired: EXPIRED_API_KEY, inactive: INACTIVE_API_KEY },
    ids: { organization: ORG_ID, otherOrganization: OTHER_ORG_ID, user: USER_ID },
    faults,
    /** Adds a fault; returns it so tests can read `fired`. */
    inject(spec) {
      const fault = makeFault(spec);
      faults.push(fault);
      return fault;
    },
    clearFaults() {
      faults.length = 0;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      });
    },
  };
}

function parseCliArgs(argv) {
  const options = { port: 7777, faults: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) { options.port = Number(value); i += 1; }
    else if (arg === '--fault' && value !== undefined) { options.faults.push(JSON.parse(value)); i += 1; }
    else if (arg === '--max-upload-bytes' && value !== undefined) { options.maxUploadBytes = Number(value); i += 1; }
    else if (arg === '--help' || arg === '-h') { options.help = true; }
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write('usage: node tools/udata-test-server/server.mjs [--port 7777] [--fault JSON]... [--max-upload-bytes N]\n');
    process.exit(0);
  }
  const server = await startUdataTestServer(options);
  process.stdout.write([
    `udata test server: ${server.url}`,
    `X-API-KEY (test): ${server.apiKey}`,
    `organisation membre : Commune de Testville (${server.ids.organization})`,
    `organisation non membre : Autre Collectivité (${server.ids.otherOrganization})`,
    'Ctrl+C pour arrêter.',
    '',
  ].join('\n'));
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
