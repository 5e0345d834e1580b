import { describe, expect, it } from 'vitest';
import { formatPublishError, renderPublishError, renderPublishStep } from './messages';
import { PUBLISH_ERROR_CODES, type PublishStep } from './types';

describe('renderPublishError', () => {
  it('has a French and an English message and a "what to do" sentence for every code', () => {
    for (const code of PUBLISH_ERROR_CODES) {
      for (const lang of ['fr', 'en'] as const) {
        const rendered = renderPublishError({ code, status: 500, attempts: 3 }, lang);
        expect(rendered.message.length, `${code} ${lang}`).toBeGreaterThan(10);
        expect(rendered.action.length, `${code} ${lang}`).toBeGreaterThan(10);
        expect(rendered.message).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it('speaks French by default and explains each 401 cause', () => {
    expect(renderPublishError({ code: 'unauthorized', tokenProblem: 'revoked' }).message).toBe("La clé d'API a été révoquée.");
    expect(renderPublishError({ code: 'unauthorized', tokenProblem: 'expired' }).message).toBe("La clé d'API a expiré.");
    expect(renderPublishError({ code: 'unauthorized', tokenProblem: 'invalid' }, 'en').message).toContain('does not recognise');
  });

  it('lists udata field errors with readable field names', () => {
    const rendered = renderPublishError({
      code: 'bad-request',
      status: 400,
      fieldErrors: [{ field: 'organization', messages: ['Permission denied for this organization'] }, { field: 'schema.version', messages: ['Version "9" is not an allowed value'] }],
    });
    expect(rendered.details).toContain('organisation : Permission denied for this organization');
    expect(rendered.details).toContain('schéma (version) : Version "9" is not an allowed value');
  });

  it('says who is not a member, what exists, where to resume, and the id for support', () => {
    const text = formatPublishError({
      code: 'network', attempts: 4, step: 'upload', datasetId: 'ds1',
      upload: { uuid: 'u', partsDone: 2, totalParts: 5, chunkSize: 10, sha1: 'x' }, sentryId: 'sentry-42',
    });
    expect(text).toContain('même après 4 essais');
    expect(text).toContain('reprendre à la partie 3');
    expect(text).toContain('ds1');
    expect(text).toContain('sentry-42');
    expect(renderPublishError({ code: 'forbidden', subject: 'organization', organizationId: 'org-9' }).message).toContain('org-9');
  });

  it('names every step in both languages', () => {
    const steps: PublishStep[] = ['check', 'account', 'dataset', 'upload', 'verify', 'metadata', 'visibility', 'catalogue', 'done'];
    for (const step of steps) {
      expect(renderPublishStep(step)).not.toBe('');
      expect(renderPublishStep(step, 'en')).not.toBe('');
    }
  });
});
