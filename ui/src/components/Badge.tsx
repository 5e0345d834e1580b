import type { Lang } from '@scdl/core';
import type { BadgeStatus } from '../host';
import { t } from '../i18n';
import { STATUS_COLORS } from '../status';

export interface BadgeProps {
  status: BadgeStatus;
  /** `scdl/subventions@2.1.1`, set as `data-scdl-schema` once known. */
  schema?: string | undefined;
  lang?: Lang;
  /** Tooltip. */
  title?: string | undefined;
  /** Replaces the status label (e.g. a progress percentage). */
  label?: string | undefined;
}

/** The status pill: same data attributes as the badges the extension puts next to links (DESIGN.md §2.4). */
export function Badge({ status, schema, lang, title, label }: BadgeProps) {
  const c = STATUS_COLORS[status];
  return (
    <span
      class="scdl-badge"
      data-scdl-status={status}
      data-scdl-schema={schema}
      title={title}
      style={{ color: c.fg, background: c.bg }}
    >
      <span aria-hidden="true">{c.symbol}</span> {label ?? t(lang).status[status]}
    </span>
  );
}
