import { describe, expect, it } from 'vitest';
import { PublishFailure } from './errors';
import { backoffDelay, runWithRetry, type RetryContext } from './retry';
import type { PublishErrorCode } from './types';

function context(attempts = 4): RetryContext & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    policy: { attempts, baseDelayMs: 100, maxDelayMs: 1000 },
    sleep: async (ms) => { delays.push(ms); },
    random: () => 1,
  };
}

const failure = (code: PublishErrorCode, extra = {}) => new PublishFailure({ code, ...extra });

describe('runWithRetry', () => {
  it('retries network, 5xx and 423 failures with growing, capped delays, then gives up', async () => {
    const ctx = context(5);
    let calls = 0;
    const outcome = runWithRetry({ act: async () => { calls += 1; throw failure('server', { status: 503 }); } }, ctx);
    await expect(outcome).rejects.toMatchObject({ error: { code: 'server', attempts: 5 } });
    expect(calls).toBe(5);
    expect(ctx.delays).toEqual([100, 200, 400, 800]);
    expect(backoffDelay(ctx.policy, 10, () => 1)).toBe(1000);
    expect(backoffDelay(ctx.policy, 1, () => 0)).toBe(50);
  });

  it('does not retry what will fail the same way again', async () => {
    for (const code of ['unauthorized', 'forbidden', 'bad-request', 'not-found', 'gone', 'too-large'] as const) {
      const ctx = context();
      let calls = 0;
      await expect(runWithRetry({ act: async () => { calls += 1; throw failure(code); } }, ctx))
        .rejects.toMatchObject({ error: { code, attempts: 1 } });
      expect(calls, code).toBe(1);
      expect(ctx.delays).toEqual([]);
    }
  });

  it('honours Retry-After when it asks for longer', async () => {
    const ctx = context(2);
    let calls = 0;
    await runWithRetry({
      act: async () => {
        calls += 1;
        if (calls === 1) throw failure('locked', { status: 423, retryAfterMs: 700 });
        return 'ok';
      },
    }, ctx);
    expect(ctx.delays).toEqual([700]);
  });

  it('after an unknown outcome, looks for the effect before acting again', async () => {
    const ctx = context();
    const log: string[] = [];
    let created = false;
    const result = await runWithRetry({
      act: async () => {
        log.push('act');
        created = true;
        throw failure('network');
      },
      find: async () => {
        log.push('find');
        return created ? 'the-first-one' : undefined;
      },
    }, ctx);
    expect(result).toBe('the-first-one');
    expect(log).toEqual(['act', 'find']);
  });

  it('never acts again while the lookup itself fails', async () => {
    const ctx = context(4);
    const log: string[] = [];
    let lookups = 0;
    const result = await runWithRetry({
      act: async () => {
        log.push('act');
        if (log.length === 1) throw failure('server', { status: 502 });
        return 'second';
      },
      find: async () => {
        lookups += 1;
        log.push('find');
        if (lookups === 1) throw failure('network');
        return undefined;
      },
    }, ctx);
    expect(result).toBe('second');
    expect(log).toEqual(['act', 'find', 'find', 'act']);
  });

  it('looks first when asked (an earlier run may have done the work)', async () => {
    const ctx = context();
    let acted = false;
    const result = await runWithRetry({ findFirst: true, find: async () => 'existing', act: async () => { acted = true; return 'new'; } }, ctx);
    expect(result).toBe('existing');
    expect(acted).toBe(false);
  });

  it('treats a thrown non-PublishFailure (fetch rejecting) as a network failure', async () => {
    const ctx = context(2);
    await expect(runWithRetry({ act: async () => { throw new TypeError('fetch failed'); } }, ctx))
      .rejects.toMatchObject({ error: { code: 'network', attempts: 2 } });
  });
});
