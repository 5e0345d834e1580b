import { describe, expect, it } from 'vitest';
import { UnknownSchema } from '@scdl/core/schema/resolve';
import { bundledResolver, createResolver } from '../src/resolver';
import { registry as scdlRegistry } from '../src/scdl';

const SUB = ['nomAttribuant', 'idAttribuant', 'dateConvention', 'referenceDecision', 'nomBeneficiaire', 'idBeneficiaire', 'rnaBeneficiaire', 'objet', 'montant', 'nature', 'conditionsVersement', 'datesPeriodeVersement', 'idRAE', 'notificationUE', 'pourcentageSubvention', 'dispositifAide'];

describe('bundledResolver (the core SchemaResolver)', () => {
  it('loads by name with the catalogue identity, not the file version', async () => {
    const r = await bundledResolver.load('scdl/subventions@1.1.0');
    expect(r.ref).toEqual({ name: 'scdl/subventions', version: '1.1.0', title: 'Subventions', detected: false });
    expect(r.descriptor.version).toBe('1.1');
  });

  it('throws the core UnknownSchema for unknown names', async () => {
    await expect(bundledResolver.load('scdl/nope')).rejects.toBeInstanceOf(UnknownSchema);
  });

  it('detects from a header, or returns null', async () => {
    const r = await bundledResolver.detect(SUB, []);
    expect(r?.ref).toEqual({ name: 'scdl/subventions', version: '2.1.1', title: 'Subventions', detected: true, confidence: 1 });
    expect(r?.descriptor.fields).toHaveLength(16);
    expect(await bundledResolver.detect(['a', 'b'], [])).toBeNull();
  });

  it('works over the SCDL-only registry', async () => {
    const scdl = createResolver(scdlRegistry);
    expect((await scdl.detect(SUB, []))?.ref.name).toBe('scdl/subventions');
  });
});
