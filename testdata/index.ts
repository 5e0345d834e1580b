import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the reference data copied into the repository (see README.md). */
export const SHARED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shared');
