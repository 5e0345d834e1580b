import type { Lang } from '@scdl/core';
import type { Progress } from '../host';
import { t } from '../i18n';

export function ProgressBar({ progress, lang }: { progress: Progress | null; lang: Lang }) {
  const s = t(lang);
  const bytes = progress?.bytes ?? 0;
  const total = progress?.total;
  const pct = total ? Math.min(100, Math.round((bytes / total) * 100)) : undefined;
  return (
    <div class="scdl-progress" role="status" aria-live="polite" data-progress-bytes={bytes}>
      <div>{s.checking}</div>
      <progress max={100} value={pct} />
      {progress && <div class="scdl-muted">{s.progress(s.bytes(bytes), total ? s.bytes(total) : undefined)}</div>}
    </div>
  );
}
