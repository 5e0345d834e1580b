import { useState } from 'preact/hooks';
import type { Lang } from '@scdl/core';
import { t } from '../i18n';

/** A drop zone with a file picker: the local-file entry of the popup and the task panes. */
export function FileDrop({ lang, onFile, accept = '.csv,.txt,text/csv' }: { lang: Lang; onFile(file: File): void; accept?: string }) {
  const s = t(lang);
  const [over, setOver] = useState(false);
  return (
    <label
      class={`scdl-drop${over ? ' scdl-drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer?.files?.[0];
        if (f) onFile(f);
      }}
    >
      <span>{s.dropHere}</span>
      <span class="scdl-muted">{s.or}</span>
      <span class="scdl-button">{s.chooseFile}</span>
      <input
        type="file"
        accept={accept}
        class="scdl-visually-hidden"
        data-testid="file-input"
        onChange={(e) => {
          const f = (e.currentTarget as HTMLInputElement).files?.[0];
          if (f) onFile(f);
        }}
      />
    </label>
  );
}
