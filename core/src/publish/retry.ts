/**
 * Bounded retries with exponential backoff, and the rule that makes non-idempotent steps safe to
 * retry: after a failure whose outcome is unknown (no answer, 5xx, 423), first look for what the
 * failed attempt may have created, and only act again when nothing is found.
 */

import { PublishFailure, asPublishError, isRetryable } from './errors';
import type { PublishError, Sleep } from './types';

export interface RetryPolicy {
  /** Total tries per step, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** cdata retries each chunk 3 times; one more try covers a deploy restart. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 15_000 };

export interface RetryContext {
  policy: RetryPolicy;
  sleep: Sleep;
  random: () => number;
  onRetry?: (error: PublishError, attempt: number, delayMs: number) => void;
}

/** Exponential backoff with jitter in [50 %, 100 %] of the step; a server's Retry-After wins when longer. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(step * (0.5 + random() * 0.5));
  if (retryAfterMs !== undefined) return Math.min(Math.max(jittered, retryAfterMs), policy.maxDelayMs * 4);
  return jittered;
}

export interface Operation<T> {
  /** The request itself. */
  act: () => Promise<T>;
  /** Looks for the effect of an earlier attempt; undefined when there is none. */
  find?: () => Promise<T | undefined>;
  /** Look before the first attempt too (an earlier run may have done the work). */
  findFirst?: boolean;
}

/**
 * Runs `act` until it succeeds, fails for good, or the attempts are spent. When `find` is given,
 * a retry never acts again before `find` has answered "nothing": if `find` itself fails, the next
 * attempt looks again instead of acting.
 */
export async function runWithRetry<T>(op: Operation<T>, ctx: RetryContext): Promise<T> {
  let mustLook = Boolean(op.find && op.findFirst);
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (mustLook && op.find) {
        const found = await op.find();
        mustLook = false;
        if (found !== undefined) return found;
      }
      return await op.act();
    } catch (thrown) {
      const error = asPublishError(thrown);
      if (!isRetryable(error) || attempt >= ctx.policy.attempts) {
        throw new PublishFailure({ ...error, attempts: attempt });
      }
      if (op.find) mustLook = true;
      const delay = backoffDelay(ctx.policy, attempt, ctx.random, error.retryAfterMs);
      ctx.onRetry?.(error, attempt, delay);
      await ctx.sleep(delay);
    }
  }
}
