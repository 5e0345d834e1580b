import { describe, expect, it } from 'vitest';
import { validateBytes } from '@scdl/core';
import { loadSchema } from '@scdl/schemas';
import { templateCommand } from './template';
import { memoryIO } from '../testing';

describe('scdl template', () => {
  it('writes a header and an example row that validate against the schema', async () => {
    const io = memoryIO();
    const code = await templateCommand(['scdl/subventions@2.1.1', '-o', 'out.csv', '--coll-nom', 'Ville de Testville', '--coll-siret', '21860194600013'], io);
    expect(code).toBe(0);
    const bytes = io.files.get('out.csv')!;
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide');
    expect(text.split('\r\n')[1]!.startsWith('Ville de Testville,21860194600013,')).toBe(true);
    const report = await validateBytes(bytes, { schema: await loadSchema('scdl/subventions', '2.1.1') });
    expect(report.stats.errors).toBe(0);
  });

  it('refuses an unknown schema with exit 2', async () => {
    const io = memoryIO();
    await expect(templateCommand(['scdl/nope'], io)).rejects.toThrow(/schéma inconnu/);
  });

  it('gives the full model as JSON', async () => {
    const io = memoryIO();
    await templateCommand(['scdl/deliberations', '--format', 'json'], io);
    const model = JSON.parse(io.out.join(''));
    expect(model.columns.find((c: { name: string }) => c.name === 'COLL_SIRET')).toMatchObject({ numberFormat: '@', patternText: '14 chiffres' });
  });
});
