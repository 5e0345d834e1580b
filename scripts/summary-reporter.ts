import type { Reporter, TestModule } from 'vitest/node';

/**
 * CI reads one plain line, `N passed, N failed`, not vitest's own summary. A test
 * file that fails to load counts as one failure, so a broken import can't pass silently.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const m of testModules) {
      let count = 0;
      for (const t of m.children.allTests()) {
        count++;
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (count === 0 && m.state() === 'failed') failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
