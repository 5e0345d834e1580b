/**
 * Hands a local file from the popup to the report page: extension pages share an
 * origin, so the File goes through IndexedDB (a popup closes when a tab opens, and
 * runtime messages cannot carry files). Only the last few files are kept.
 */
const DB = 'scdl-local-files';
const STORE = 'files';
const KEEP = 3;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error);
  });
}

/** Stores the file; resolves once the write is committed (the popup may close right after). */
export async function putLocalFile(file: File): Promise<string> {
  const db = await open();
  try {
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(file, id);
    const keys = (await done(store.getAllKeys())) as string[];
    for (const k of keys.sort().slice(0, Math.max(0, keys.length - KEEP))) store.delete(k);
    await committed(tx);
    return id;
  } finally {
    db.close();
  }
}

export async function getLocalFile(id: string): Promise<File | null> {
  const db = await open();
  try {
    const f = await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(id));
    return f instanceof Blob ? (f as File) : null;
  } finally {
    db.close();
  }
}
