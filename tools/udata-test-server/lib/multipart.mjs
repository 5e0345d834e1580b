// multipart/form-data parser, enough for what werkzeug accepts from our clients
// (fields and files, CRLF delimiters). Bodies are Buffers already in memory.

/**
 * @typedef {{ name: string, filename?: string, contentType?: string, data: Buffer }} FormPart
 * @typedef {{ fields: Record<string, string>, files: Record<string, { filename: string, contentType: string, data: Buffer }> }} ParsedForm
 */

/** @param {string | undefined} contentType */
export function boundaryOf(contentType) {
  if (!contentType) return null;
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {ParsedForm | null} null when the body is not well-formed multipart
 */
export function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = /** @type {Record<string, string>} */ ({});
  const files = /** @type {ParsedForm['files']} */ ({});
  let pos = body.indexOf(delimiter);
  if (pos !== 0) return null;
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--"
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) return null;
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return null;
    const headers = body.subarray(pos, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return null;
    const data = body.subarray(headerEnd + 4, next);
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const type = headers.find((h) => /^content-type:/i.test(h))?.split(':')[1]?.trim() ?? 'application/octet-stream';
    if (name === undefined) return null;
    if (filename !== undefined) files[name] = { filename, contentType: type, data: Buffer.from(data) };
    else fields[name] = data.toString('utf8');
    pos = next + 2;
  }
  return { fields, files };
}
