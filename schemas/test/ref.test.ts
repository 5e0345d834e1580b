import { describe, expect, it } from 'vitest';
import { findSchema, listSchemas, parseSchemaRef } from '../src/catalog';

describe('parseSchemaRef', () => {
  it.each([
    ['scdl/subventions@2.1.1', { name: 'scdl/subventions', version: '2.1.1' }],
    ['scdl/subventions', { name: 'scdl/subventions' }],
    ['scdl/subventions@latest', { name: 'scdl/subventions' }],
    [' scdl/subventions@v2.1.1 ', { name: 'scdl/subventions', version: '2.1.1' }],
  ])('%s', (ref, parts) => expect(parseSchemaRef(ref)).toEqual(parts));
});

describe('findSchema', () => {
  const ref = (r: string, v?: string): string | undefined => {
    const e = findSchema(r, v);
    return e && `${e.name}@${e.version}`;
  };
  it('finds exact, latest, partial versions and owner-less names', () => {
    expect(ref('scdl/deliberations')).toBe('scdl/deliberations@2.1.5');
    expect(ref('scdl/deliberations@2.0.0')).toBe('scdl/deliberations@2.0.0');
    expect(ref('scdl/deliberations@2.1')).toBe('scdl/deliberations@2.1.5');
    expect(ref('scdl/subventions', '1.1')).toBe('scdl/subventions@1.1.0');
    expect(ref('subventions@2.0')).toBe('scdl/subventions@2.0.2');
    expect(ref('irve-statique')).toBe('etalab/schema-irve-statique@2.3.1');
    expect(ref('SCDL/Prenoms')).toBe('scdl/prenoms@1.1.6');
  });
  it('finds nothing for unknown names or versions', () => {
    expect(ref('scdl/nope')).toBeUndefined();
    expect(ref('scdl/budget@9')).toBeUndefined();
  });
});

describe('listSchemas', () => {
  it('lists the latest of each active schema by default, every version on request', () => {
    const latest = listSchemas();
    expect(latest.every((e) => e.latest && e.status === 'active')).toBe(true);
    expect(new Set(latest.map((e) => e.name)).size).toBe(latest.length);
    expect(listSchemas({ allVersions: true, scdlOnly: true }).filter((e) => e.name === 'scdl/menus-collectifs')).toHaveLength(11);
  });
});
