/**
 * The localhost site of the end-to-end tests: a page of CSV links of every kind,
 * served by a node http server (Content-Length, ETag, HEAD, 404, wrong types).
 */
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHARED_DIR } from '../../testdata/index';

export const SCDL = `${SHARED_DIR}/scdl/subventions`;
export const VALID = join(SCDL, 'exemple_valide.csv');
export const INVALID = join(SCDL, 'exemple_invalide_erreurs_cellules.csv');
/** A real export of the Somme department: Windows-1252, `;`, CRLF. */
export const CP1252 = join(SCDL, '1.1.0', 'DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv');

/** A subventions file of at least `bytes` bytes: the header and rows of `source` (valid example by default), repeated. */
export function writeBigCsv(path: string, bytes: number, source = VALID): number {
  const text = readFileSync(source, 'utf8').replace(/\r\n/g, '\n');
  const nl = text.indexOf('\n');
  const header = text.slice(0, nl + 1);
  const rows = text.slice(nl + 1).trimEnd() + '\n';
  const block = Buffer.from(rows.repeat(Math.max(1, Math.floor((1 << 20) / rows.length))));
  const fd: Buffer[] = [Buffer.from(header)];
  let size = header.length;
  while (size < bytes) {
    fd.push(block);
    size += block.length;
  }
  writeFileSync(path, Buffer.concat(fd));
  return size;
}

/** The smallest zip that the core recognises as an .xlsx workbook. */
export function xlsxBytes(): Buffer {
  const name = Buffer.from('[Content_Types].xml');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(name.length, 26);
  const body = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  header.writeUInt32LE(body.length, 18);
  header.writeUInt32LE(body.length, 22);
  return Buffer.concat([header, name, body, Buffer.alloc(4096)]);
}

export interface Site {
  server: Server;
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

type Route = { file: string; type: string } | { body: Buffer | string | ((port: number) => string); type: string; status?: number };

export async function startSite(routes: Record<string, Route>): Promise<Site> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('#')[0]!;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>404</title><h1>Introuvable</h1>');
      return;
    }
    const status = 'status' in route && route.status ? route.status : 200;
    if ('file' in route) {
      const st = statSync(route.file);
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': route.type, 'content-length': st.size, etag });
      if (req.method === 'HEAD') res.end();
      else createReadStream(route.file).pipe(res);
      return;
    }
    const raw = typeof route.body === 'function' ? route.body(port) : route.body;
    const body = typeof raw === 'string' ? Buffer.from(raw) : raw;
    res.writeHead(status, { 'content-type': route.type, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  let port = 0;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    port,
    origin,
    url: (p) => `${origin}${p}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
