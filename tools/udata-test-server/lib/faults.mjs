// Fault injection. A fault targets an action (a route, see ACTIONS in server.mjs), optionally one
// upload part (`part: 2`) or the final assembling POST (`part: 'combine'`), lets `skip` matching
// requests through, then fires `times` times.
//
//   { action, type: 'status', status: 503, times?: 1, skip?: 0, part?, after?: false, body?, headers? }
//       answer with that status; with `after: true` the server acts first (a gateway error after
//       the backend did the work).
//   { action, type: 'reset', times?, skip?, part? }
//       destroy the connection without acting. Without `part`, as soon as the first bytes of the
//       body arrive (mid-upload); with `part`, once the body is read (the part is known only then).
//   { action, type: 'drop-response', times?, skip?, part? }
//       act, then destroy the connection instead of answering (a response lost after the server acted).
//   { action, type: 'corrupt', times?, skip?, part? }
//       store the uploaded file with its last byte altered (the checksum then differs).

/**
 * @typedef {'status' | 'reset' | 'drop-response' | 'corrupt'} FaultType
 * @typedef {{ action: string, type: FaultType, status?: number, times?: number, skip?: number,
 *   part?: number | 'combine', after?: boolean, body?: unknown, headers?: Record<string, string> }} FaultSpec
 * @typedef {FaultSpec & { seen: number, fired: number }} Fault
 */

const TYPES = new Set(['status', 'reset', 'drop-response', 'corrupt']);

/** @param {FaultSpec} spec @returns {Fault} */
export function makeFault(spec) {
  if (!spec || typeof spec.action !== 'string') throw new TypeError('fault.action is required');
  if (!TYPES.has(spec.type)) throw new TypeError(`unknown fault type ${String(spec.type)}`);
  if (spec.type === 'status' && !(Number.isInteger(spec.status) && spec.status >= 400)) {
    throw new TypeError('status faults need an HTTP error status');
  }
  return { times: 1, skip: 0, ...spec, seen: 0, fired: 0 };
}

/**
 * @param {Fault[]} faults
 * @param {string} action
 * @param {FaultType[]} types
 * @param {{ part?: number | 'combine' | null, phase: 'pre' | 'post' }} at
 */
export function takeFault(faults, action, types, at) {
  for (const fault of faults) {
    if (fault.action !== action || !types.includes(fault.type)) continue;
    if (fault.fired >= (fault.times ?? 1)) continue;
    // A reset without `part` fires before the body is read; everything else after parsing.
    const wantsPre = fault.type === 'reset' && fault.part === undefined;
    if ((at.phase === 'pre') !== wantsPre) continue;
    if (fault.part !== undefined && fault.part !== at.part) continue;
    fault.seen += 1;
    if (fault.seen <= (fault.skip ?? 0)) continue;
    fault.fired += 1;
    return fault;
  }
  return null;
}
