/**
 * Sending the file: one request up to the chunk size, udata's chunked protocol above it.
 * Parts are idempotent (the server overwrites `uuid/partindex`), so a failed part is sent again
 * and the ones before it are not. The steps that create something (single upload, final
 * assembling POST) look for their own effect before being retried.
 */

import type { UdataClient } from './client';
import { PublishFailure, asPublishError, fail } from './errors';
import { buildMultipart, type FormPart } from './multipart';
import type { ChunkResume, UdataDataset, UdataResource } from './types';

export interface UploadInput {
  datasetId: string;
  /** Replace this resource's file (id kept); absent: add a new resource. */
  resourceId?: string;
  bytes: Uint8Array;
  sha1: string;
  /** ASCII name with an allowed extension (see uploadFilename). */
  filename: string;
  /** Continue an interrupted chunked upload (from a previous PublishError's `upload`). */
  resume?: ChunkResume;
}

export interface UploadOutcome {
  resource: UdataResource;
  /** A new resource now exists (sent now or found after a lost answer). */
  created: boolean;
  /** The bytes were already there (same sha1): nothing was sent. */
  unchanged: boolean;
  /** Found after a failure whose answer was lost, instead of being sent twice. */
  recovered: boolean;
}

export function storedSha1(resource: UdataResource): string | undefined {
  const checksum = resource.checksum;
  return checksum && checksum.type === 'sha1' ? checksum.value.toLowerCase() : undefined;
}

function holdsBytes(resource: UdataResource, sha1: string, size: number): boolean {
  return resource.filetype !== 'remote'
    && storedSha1(resource) === sha1
    && (resource.filesize === undefined || resource.filesize === null || resource.filesize === size);
}

/** The resource carrying these bytes, newest first (udata prepends new resources). */
export function findResourceWithBytes(dataset: UdataDataset, sha1: string, size: number, resourceId?: string): UdataResource | undefined {
  return dataset.resources.find((r) => (resourceId === undefined || r.id === resourceId) && holdsBytes(r, sha1, size));
}

function uuidV4(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export async function uploadFile(client: UdataClient, input: UploadInput): Promise<UploadOutcome> {
  const size = input.bytes.length;
  const send = (form: FormPart[]) => {
    const body = buildMultipart(form, client.random);
    return input.resourceId === undefined
      ? client.uploadNew(input.datasetId, body)
      : client.uploadReplace(input.datasetId, input.resourceId, body);
  };
  const lookUp = async (): Promise<UdataResource | undefined> => {
    const dataset = await client.getDataset(input.datasetId);
    if (input.resourceId !== undefined && !dataset.resources.some((r) => r.id === input.resourceId)) {
      fail('not-found', { status: 404, subject: 'resource', datasetId: input.datasetId, resourceId: input.resourceId });
    }
    return findResourceWithBytes(dataset, input.sha1, size, input.resourceId);
  };

  // Same bytes already published (an earlier run, or nothing changed): send nothing.
  const already = await client.retry({ act: lookUp });
  if (already) return { resource: already, created: false, unchanged: true, recovered: false };

  const total = size;
  client.progress({ step: 'upload', sentBytes: 0, totalBytes: total });
  const chunked = input.resume !== undefined || size > client.chunkSize;
  if (!chunked) {
    let answered = false;
    const resource = await client.retry({
      act: async () => {
        const answer = await send([{ name: 'file', filename: input.filename, contentType: 'text/csv', data: input.bytes }]);
        answered = true;
        return answer;
      },
      find: lookUp,
    });
    client.progress({ step: 'upload', sentBytes: total, totalBytes: total });
    return { resource, created: input.resourceId === undefined, unchanged: false, recovered: !answered };
  }
  return uploadInParts(client, input, send, lookUp);
}

async function uploadInParts(
  client: UdataClient,
  input: UploadInput,
  send: (form: FormPart[]) => Promise<UdataResource & { success?: boolean }>,
  lookUp: () => Promise<UdataResource | undefined>,
): Promise<UploadOutcome> {
  const size = input.bytes.length;
  const resume = input.resume;
  const chunkSize = resume?.chunkSize ?? client.chunkSize;
  const totalParts = Math.ceil(size / chunkSize);
  // Parts already on the server belong to one file: resuming with other bytes would assemble garbage.
  if (resume && (resume.totalParts !== totalParts || resume.sha1 !== input.sha1)) fail('bad-option', { detail: 'resumeUpload' });
  const uuid = resume?.uuid ?? uuidV4(client.random);
  const state = (partsDone: number): ChunkResume => ({ uuid, partsDone, totalParts, chunkSize, sha1: input.sha1 });

  for (let index = resume?.partsDone ?? 0; index < totalParts; index += 1) {
    const start = index * chunkSize;
    const data = input.bytes.subarray(start, Math.min(size, start + chunkSize));
    try {
      const answer = await client.retry({
        act: () => send([
          { name: 'uuid', value: uuid },
          { name: 'filename', value: input.filename },
          { name: 'partindex', value: String(index) },
          { name: 'partbyteoffset', value: String(start) },
          { name: 'totalparts', value: String(totalParts) },
          { name: 'chunksize', value: String(data.length) },
          { name: 'file', filename: input.filename, contentType: 'application/octet-stream', data },
        ]),
      });
      if (answer.success === false) fail('bad-request', { subject: 'file' });
    } catch (thrown) {
      throw new PublishFailure({ ...asPublishError(thrown), upload: state(index), datasetId: input.datasetId });
    }
    client.progress({ step: 'upload', sentBytes: start + data.length, totalBytes: size, part: index + 1, totalParts });
  }

  let assembled = false;
  try {
    const resource = await client.retry({
      act: async () => {
        const answer = await send([
          { name: 'uuid', value: uuid },
          { name: 'filename', value: input.filename },
          { name: 'totalparts', value: String(totalParts) },
        ]);
        assembled = true;
        return answer;
      },
      // The parts are gone once assembled: after a lost answer, look for the result instead.
      find: lookUp,
    });
    return { resource, created: input.resourceId === undefined, unchanged: false, recovered: !assembled };
  } catch (thrown) {
    throw new PublishFailure({ ...asPublishError(thrown), upload: state(totalParts), datasetId: input.datasetId });
  }
}
