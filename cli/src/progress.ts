import type { Lang } from '@scdl/core';
import type { CliIO } from './io';

/**
 * A progress bar on stderr, only for a terminal and only once the work has taken
 * more than a second: quick runs and pipes stay clean.
 */
export function progressReporter(io: CliIO, total: number, lang: Lang): { update(bytes: number): void; done(): void } {
  const start = io.now();
  let shown = false;
  let last = 0;
  return {
    update(bytes) {
      if (!io.isTTY) return;
      const now = io.now();
      if (now - start < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      const ratio = total > 0 ? Math.min(1, bytes / total) : 0;
      const width = 30;
      const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '░');
      const mb = (n: number) => (n / 1048576).toFixed(1);
      io.stderr(`\r${lang === 'fr' ? 'Validation' : 'Validating'} ${bar} ${Math.round(ratio * 100)} % (${mb(bytes)} / ${mb(total)} ${lang === 'fr' ? 'Mo' : 'MB'})`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
