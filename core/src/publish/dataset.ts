/**
 * Choosing the dataset: an existing one the user may edit, or a new private draft.
 *
 * A new dataset is tagged with `extras["scdl:publish_key"]`, a key derived from the organisation
 * and title (or given by the host). Before creating, and again before any retry whose answer was
 * lost, the client looks the key up among the user's datasets: a retry, or a second run after a
 * crash, continues the dataset the first attempt created instead of making another.
 */

import type { UdataClient } from './client';
import { fail } from './errors';
import { sha1Hex } from './sha1';
import { encodeUtf8 } from './utf8';
import type { UdataDataset, UdataMe } from './types';

export const PUBLISH_KEY_EXTRA = 'scdl:publish_key';

export interface NewDatasetInput {
  title: string;
  description: string;
  organizationId?: string;
  license?: string;
  frequency?: string;
  tags?: string[];
}

export function defaultPublishKey(title: string, organizationId?: string): string {
  return sha1Hex(encodeUtf8(`scdl-publish-v1\n${organizationId ?? ''}\n${title.trim()}`));
}

export function isMember(me: UdataMe, organizationId: string): boolean {
  return (me.roles ?? []).includes('admin') || me.organizations.some((o) => o.id === organizationId);
}

/** Owner, member of the owning organisation, or site admin; unknown ownership is left to the server. */
export function canEdit(me: UdataMe, dataset: UdataDataset): boolean {
  if ((me.roles ?? []).includes('admin')) return true;
  if (dataset.owner?.id === me.id) return true;
  if (dataset.organization) return isMember(me, dataset.organization.id);
  return !dataset.owner;
}

export async function existingDataset(client: UdataClient, me: UdataMe, datasetId: string): Promise<UdataDataset> {
  const dataset = await client.retry({ act: () => client.getDataset(datasetId) });
  // udata lists deleted datasets and still serves them to their editors; publishing there is lost work.
  if (dataset.deleted) fail('gone', { status: 410, subject: 'dataset', datasetId });
  if (!canEdit(me, dataset)) {
    fail('forbidden', { status: 403, subject: 'dataset', datasetId, organizationId: dataset.organization?.id });
  }
  return dataset;
}

export interface CreatedDataset {
  dataset: UdataDataset;
  /** Found by its key: an earlier attempt or run had created it. */
  recovered: boolean;
}

export async function createPrivateDataset(client: UdataClient, me: UdataMe, input: NewDatasetInput, key: string): Promise<CreatedDataset> {
  if (input.organizationId && !isMember(me, input.organizationId)) {
    fail('forbidden', { status: 403, subject: 'organization', organizationId: input.organizationId });
  }
  const findByKey = async (): Promise<UdataDataset | undefined> => {
    const candidates = await client.orgDatasets(input.title);
    return candidates.find((d) => !d.deleted
      && d.extras?.[PUBLISH_KEY_EXTRA] === key
      && (input.organizationId ? d.organization?.id === input.organizationId : !d.organization));
  };
  let answered = false;
  const dataset = await client.retry({
    findFirst: true,
    find: findByKey,
    act: async () => {
      const created = await client.createDataset({
        title: input.title,
        description: input.description,
        // Drafts stay private until the user asks; data.gouv.fr's own form does the same.
        private: true,
        ...(input.organizationId ? { organization: input.organizationId } : {}),
        ...(input.license ? { license: input.license } : {}),
        ...(input.frequency ? { frequency: input.frequency } : {}),
        ...(input.tags?.length ? { tags: input.tags } : {}),
        extras: { [PUBLISH_KEY_EXTRA]: key },
      });
      answered = true;
      return created;
    },
  });
  return { dataset, recovered: !answered };
}

/** Makes the dataset public. `private: false` is explicit: the key difference with a metadata edit. */
export async function makePublic(client: UdataClient, datasetId: string): Promise<UdataDataset> {
  const dataset = await client.retry({ act: () => client.updateDataset(datasetId, { private: false }) });
  if (dataset.private) fail('unexpected-response', { subject: 'dataset', datasetId });
  return dataset;
}

/** Puts a dataset back to draft, e.g. when a server created it public despite `private: true`. */
export async function keepPrivate(client: UdataClient, datasetId: string): Promise<UdataDataset> {
  return client.retry({ act: () => client.updateDataset(datasetId, { private: true }) });
}
