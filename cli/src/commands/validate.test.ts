import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIO } from '../testing';
import { SHARED_DIR } from '../../../testdata/index';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.join(SHARED_DIR, 'scdl');
const read = (p: string) => new Uint8Array(fs.readFileSync(p));

describe('scdl validate', () => {
  it('exit 0 and a French report for a valid file, schema detected', async () => {
    const io = memoryIO({ 'ok.csv': read(`${SHARED}/subventions/exemple_valide.csv`) });
    const code = await main(['validate', 'ok.csv'], io);
    const text = io.out.join('');
    expect(text).toContain('Schéma : scdl/subventions 2.1.1');
    expect(text).toMatch(/détecté automatiquement/);
    expect(text).toMatch(/✔|⚠/);
    expect(code).toBe(0);
  });

  it('exit 1 for an invalid file, with located French messages', async () => {
    const io = memoryIO({ 'ko.csv': read(`${SHARED}/subventions/exemple_invalide_erreurs_cellules.csv`) });
    const code = await main(['validate', 'ko.csv', '--schema', 'scdl/subventions@2.1.1'], io);
    expect(code).toBe(1);
    expect(io.out.join('')).toMatch(/Ligne \d+, colonne « \w+ » \([A-Z]+\d+\) : /);
  });

  it('JSON output is a report, even for an unreadable file (exit 2)', async () => {
    const io = memoryIO({ 'x.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]) });
    const code = await main(['validate', 'x.csv', '--format', 'json'], io);
    expect(code).toBe(2);
    const report = JSON.parse(io.out.join(''));
    expect(report).toMatchObject({ valid: false, status: 'invalid', errors: [{ type: 'source-error', params: { reason: 'zip' } }] });
    expect(report.errors[0].message).toMatch(/archive ZIP/);
  });

  it('English on request, position matching on request', async () => {
    const io = memoryIO({ 'ko.csv': read(`${SHARED}/subventions/exemple_invalide_erreurs_colonnes.csv`) });
    await main(['validate', 'ko.csv', '--schema', 'scdl/subventions@2.1.1', '--header-match', 'position', '--lang', 'en', '--format', 'json'], io);
    const report = JSON.parse(io.out.join(''));
    expect(report.lang).toBe('en');
    expect(report.errors.some((e: { type: string }) => e.type === 'incorrect-label')).toBe(true);
    expect(report.errors[0].message).toMatch(/^(Header|Row|Column)/);
  });

  it('bad usage exits 2 with a French message', async () => {
    const io = memoryIO();
    expect(await main(['validate'], io)).toBe(2);
    expect(await main(['validate', 'missing.csv'], io)).toBe(2);
    expect(await main(['validate', 'a.csv', '--format', 'xml'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/fichier|attend/);
  });

  it('the installed bin works with npx scdl and its exit codes', () => {
    execFileSync(process.execPath, ['scripts/postinstall.mjs'], { cwd: ROOT });
    const ok = spawnSync('npx', ['scdl', 'validate', `${SHARED}/subventions/exemple_valide.csv`, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).schema.name).toBe('scdl/subventions');
    const ko = spawnSync('npx', ['scdl', 'validate', `${SHARED}/subventions/exemple_invalide_erreurs_cellules.csv`], { cwd: ROOT, encoding: 'utf8' });
    expect(ko.status).toBe(1);
    const demo = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Windows-1252');
    expect(demo.stdout).toContain('Fichier non valide');
  });
});
