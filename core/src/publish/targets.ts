/** What the publish form offers: the user's organisations and the datasets they may publish to. */

import type { UdataClient } from './client';
import { asPublishError } from './errors';
import type { Result, UdataDataset } from './types';

export interface PublishTargets {
  user: { id: string; name: string };
  organizations: Array<{ id: string; name: string; siret?: string }>;
  datasets: Array<{
    id: string;
    title: string;
    slug: string;
    private: boolean;
    page?: string;
    organization?: { id: string; name: string };
    resources: Array<{ id: string; title: string; format?: string; schema?: { name: string; version?: string } }>;
  }>;
}

function summarise(dataset: UdataDataset): PublishTargets['datasets'][number] {
  return {
    id: dataset.id,
    title: dataset.title,
    slug: dataset.slug,
    private: dataset.private === true,
    ...(dataset.page ? { page: dataset.page } : {}),
    ...(dataset.organization ? { organization: { id: dataset.organization.id, name: dataset.organization.name } } : {}),
    resources: dataset.resources.map((r) => ({
      id: r.id,
      title: r.title,
      ...(r.format ? { format: r.format } : {}),
      ...(r.schema?.name ? { schema: { name: r.schema.name, ...(r.schema.version ? { version: r.schema.version } : {}) } } : {}),
    })),
  };
}

/** `GET /api/1/me/` then `GET /api/1/me/org_datasets/`; deleted datasets are left out. */
export async function listPublishTargets(client: UdataClient): Promise<Result<PublishTargets>> {
  try {
    const me = await client.retry({ act: () => client.me() });
    const datasets = await client.retry({ act: () => client.orgDatasets() });
    return {
      ok: true,
      value: {
        user: { id: me.id, name: [me.first_name, me.last_name].filter(Boolean).join(' ') },
        organizations: me.organizations.map((o) => ({
          id: o.id,
          name: o.name,
          ...(o.business_number_id ? { siret: o.business_number_id } : {}),
        })),
        datasets: datasets.filter((d) => !d.deleted).map(summarise),
      },
    };
  } catch (thrown) {
    return { ok: false, error: { ...asPublishError(thrown), step: 'account' } };
  }
}
