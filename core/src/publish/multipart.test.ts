import { describe, expect, it } from 'vitest';
import { buildMultipart, indexOfBytes } from './multipart';
import { encodeUtf8 } from './utf8';

function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('buildMultipart', () => {
  it('produces a body a standard parser reads back (fields, file bytes, names)', async () => {
    const data = new Uint8Array([0, 255, 13, 10, 45, 45, 0x61]);
    const { body, contentType } = buildMultipart([
      { name: 'uuid', value: 'abc-123' },
      { name: 'filename', value: 'données.csv' },
      { name: 'file', filename: 'subventions.csv', contentType: 'text/csv', data },
    ], seeded(1));
    const form = await new Response(body as unknown as BodyInit, { headers: { 'content-type': contentType } }).formData();
    expect(form.get('uuid')).toBe('abc-123');
    expect(form.get('filename')).toBe('données.csv');
    const file = form.get('file') as File;
    expect(file.name).toBe('subventions.csv');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([...data]);
  });

  it('draws another boundary when the file contains the first one', () => {
    const first = buildMultipart([{ name: 'x', value: '' }], seeded(7)).contentType.split('boundary=')[1] as string;
    const trap = encodeUtf8(`line\r\n--${first}\r\nmore`);
    const { contentType, body } = buildMultipart([{ name: 'file', filename: 'a.csv', contentType: 'text/csv', data: trap }], seeded(7));
    const boundary = contentType.split('boundary=')[1] as string;
    expect(boundary).not.toBe(first);
    expect(indexOfBytes(trap, encodeUtf8(`--${boundary}`))).toBe(-1);
    expect(indexOfBytes(body, trap)).toBeGreaterThan(0);
  });

  it('escapes quotes and line breaks in names', () => {
    const { body } = buildMultipart([{ name: 'file', filename: 'a"b\r\n.csv', contentType: 'text/csv', data: new Uint8Array() }], seeded(3));
    expect(Buffer.from(body).toString('utf8')).toContain('filename="a%22b%0D%0A.csv"');
  });
});

describe('indexOfBytes', () => {
  it('finds needles, including at the end, and reports absence', () => {
    const hay = encodeUtf8('abcabd');
    expect(indexOfBytes(hay, encodeUtf8('abd'))).toBe(3);
    expect(indexOfBytes(hay, encodeUtf8('abe'))).toBe(-1);
    expect(indexOfBytes(hay, encodeUtf8(''))).toBe(0);
  });
});
