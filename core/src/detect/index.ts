export { detectSchema, DEFAULT_MARGIN, DEFAULT_THRESHOLD } from './detect';
export { normalizeLabel, cleanLabel } from './normalize';
export { compareVersions } from './version';
export { describeDetection } from './messages';
export type * from './types';
