// Helpers for tests that drive a client against the fake server over real HTTP (node's fetch).

import { createHash } from 'node:crypto';

/**
 * Node's fetch wrapped as the core's FetchLike, recording every call (URL, method, header names)
 * so tests can check where the key went.
 */
export function recordingFetch() {
  const calls = [];
  const fetchLike = async (url, init) => {
    calls.push({ url, method: init.method, headers: { ...init.headers }, redirect: init.redirect });
    return fetch(url, { method: init.method, headers: init.headers, body: init.body, redirect: init.redirect });
  };
  return { fetch: fetchLike, calls };
}

/** A sleep that only records: backoff is asserted, not waited for. */
export function recordingSleep() {
  const delays = [];
  const sleep = async (ms) => {
    delays.push(ms);
  };
  return { sleep, delays };
}

/** Deterministic Math.random stand-in. */
export function seededRandom(seed = 42) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

export function sha1(data) {
  return createHash('sha1').update(data).digest('hex');
}

/** A plausible scdl/subventions CSV of at least `minBytes` bytes (UTF-8, accents included). */
export function subventionsCsv(minBytes = 300, seed = 0) {
  const header = 'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement\n';
  let text = header;
  for (let i = 0; text.length < minBytes; i += 1) {
    text += `Commune de Testville,21860194600013,2024-0${(i % 9) + 1}-15,DEL-${seed}-${i},Association « Été ${i} »,4${String(i).padStart(13, '0')},Fête de quartier n°${i},${1000 + i}.50,aide en numéraire,unique\n`;
  }
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function storedBytes(server, resource) {
  return resource?.fs_filename ? server.state.files.get(resource.fs_filename) : undefined;
}

export function liveDatasets(server) {
  return server.state.datasets.filter((d) => !d.deleted);
}
