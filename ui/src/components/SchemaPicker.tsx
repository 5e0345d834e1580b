import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '@scdl/core';
import type { SchemaOption } from '../host';
import { t } from '../i18n';

export interface SchemaPickerProps {
  options: SchemaOption[];
  /** `name@version`, or null for automatic detection. */
  value: string | null;
  lang: Lang;
  onSubmit(value: string | null): void;
  /** Label of the button; none = the choice is submitted on change. */
  submitLabel?: string | null;
  disabled?: boolean;
}

function splitRef(ref: string | null): { name: string; version: string } {
  if (!ref) return { name: '', version: '' };
  const at = ref.lastIndexOf('@');
  return at > 0 ? { name: ref.slice(0, at), version: ref.slice(at + 1) } : { name: ref, version: '' };
}

/** Schema then version (latest first), SCDL schemas before the others; '' = automatic detection. */
export function SchemaPicker({ options, value, lang, onSubmit, submitLabel, disabled }: SchemaPickerProps) {
  const s = t(lang);
  const initial = splitRef(value);
  const [name, setName] = useState(initial.name);
  const [version, setVersion] = useState(initial.version);
  const schemas = useMemo(() => {
    const m = new Map<string, { name: string; title: string; scdl: boolean; versions: SchemaOption[] }>();
    for (const o of options) {
      let e = m.get(o.name);
      if (!e) m.set(o.name, (e = { name: o.name, title: o.title, scdl: o.scdl, versions: [] }));
      e.versions.push(o);
      if (o.latest) e.title = o.title;
    }
    for (const e of m.values()) e.versions.sort((a, b) => (a.latest === b.latest ? b.version.localeCompare(a.version, 'en', { numeric: true }) : a.latest ? -1 : 1));
    return [...m.values()].sort((a, b) => (a.scdl === b.scdl ? a.name.localeCompare(b.name) : a.scdl ? -1 : 1));
  }, [options]);
  const current = schemas.find((x) => x.name === name);
  const ref = name ? `${name}@${version || current?.versions[0]?.version || ''}` : null;
  const submit = (r: string | null) => onSubmit(r && r.endsWith('@') ? r.slice(0, -1) : r);
  const label = submitLabel === undefined ? s.revalidate : submitLabel;
  return (
    <form
      class="scdl-picker"
      data-testid="schema-picker"
      onSubmit={(e) => {
        e.preventDefault();
        submit(ref);
      }}
    >
      <label>
        {s.schema}
        <select
          name="schema"
          value={name}
          disabled={disabled}
          onChange={(e) => {
            const n = (e.currentTarget as HTMLSelectElement).value;
            setName(n);
            const v = schemas.find((x) => x.name === n)?.versions[0]?.version ?? '';
            setVersion(v);
            if (label === null) submit(n ? `${n}@${v}` : null);
          }}
        >
          <option value="">{s.autoDetect}</option>
          {schemas.map((x) => (
            <option value={x.name}>{`${x.title} (${x.name})`}</option>
          ))}
        </select>
      </label>
      {current && (
        <label>
          {s.version}
          <select
            name="version"
            value={version || current.versions[0]?.version}
            disabled={disabled}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              setVersion(v);
              if (label === null) submit(`${name}@${v}`);
            }}
          >
            {current.versions.map((v) => (
              <option value={v.version}>{v.latest ? `${v.version} (${s.latest})` : v.version}</option>
            ))}
          </select>
        </label>
      )}
      {label !== null && (
        <button type="submit" class="scdl-button" disabled={disabled}>
          {label}
        </button>
      )}
    </form>
  );
}
