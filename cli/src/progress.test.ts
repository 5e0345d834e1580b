import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress';
import { memoryIO } from './testing';

function clockIO(isTTY: boolean) {
  const io = memoryIO();
  let t = 0;
  return { io: { ...io, isTTY, now: () => t }, err: io.err, advance: (ms: number) => (t += ms) };
}

describe('progress bar', () => {
  it('stays silent for the first second, then draws on a terminal and clears itself', () => {
    const { io, err, advance } = clockIO(true);
    const p = progressReporter(io, 100 * 1048576, 'fr');
    advance(500);
    p.update(10 * 1048576);
    expect(err).toEqual([]);
    advance(700);
    p.update(50 * 1048576);
    expect(err.join('')).toMatch(/\rValidation █+░+ 50 % \(50\.0 \/ 100\.0 Mo\)/);
    p.done();
    expect(err[err.length - 1]).toBe('\r\x1b[2K');
  });

  it('never writes when stderr is not a terminal (pipes, CI logs)', () => {
    const { io, err, advance } = clockIO(false);
    const p = progressReporter(io, 1000, 'en');
    advance(5000);
    p.update(500);
    p.done();
    expect(err).toEqual([]);
  });
});
