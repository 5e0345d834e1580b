/**
 * The extension's implementation of the ui `Host` port (the one adapter file):
 * links are validated by the background (it holds the host access and the cache),
 * local files in the page itself, settings live in storage.local, downloads are
 * blob links (no `downloads` permission).
 */
import { browser } from 'wxt/browser';
import type { Lang } from '@scdl/core';
import type { DownloadFile, FixService, Host, Outcome, ValidateRequest } from '@scdl/ui/host';
import { createFixService } from './fixes';
import { schemaCatalog } from './catalog';
import { fileNameOf, validateStream } from './fetch-validate';
import { tx } from './i18n';
import { callBackground, isPush } from './protocol';
import { loadSettings, settingsPort } from './settings';

export type Target = { kind: 'url'; url: string } | { kind: 'file'; file: File };

export function download(file: DownloadFile): Promise<void> {
  const blob = new Blob([typeof file.data === 'string' ? file.data : (file.data as Uint8Array<ArrayBuffer>)], { type: file.type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return Promise.resolve();
}

function fixService(target: Target, lang: Lang): FixService {
  return createFixService(
    target.kind === 'file'
      ? { name: target.file.name, size: target.file.size, bytes: async () => new Uint8Array(await target.file.arrayBuffer()) }
      : {
          name: fileNameOf(target.url),
          // The page holds the same host access as the background.
          bytes: async () => {
            const res = await fetch(target.url);
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            return new Uint8Array(await res.arrayBuffer());
          },
        },
    lang,
    download,
  );
}

export function createExtensionHost(target: Target, lang: Lang): Host {
  return {
    settings: settingsPort,
    catalog: schemaCatalog,
    documentName: target.kind === 'url' ? fileNameOf(target.url) : target.file.name,
    fixes: fixService(target, lang),
    download,
    async requestPermission(origin) {
      return browser.permissions.request({ origins: [origin] });
    },
    async validate(req: ValidateRequest = {}): Promise<Outcome> {
      if (target.kind === 'file') {
        const settings = await loadSettings();
        const schema = req.schema ?? settings.defaultSchema ?? undefined;
        const out = await validateStream(target.file.stream(), {
          lang,
          name: target.file.name,
          ...(schema ? { schema } : {}),
          onProgress: (bytes) => req.onProgress?.({ bytes, total: target.file.size }),
        }, target.file.size);
        if (out.kind !== 'report') throw new Error('unreachable');
        return { kind: 'report', report: out.report };
      }
      const listener = (msg: unknown) => {
        if (isPush(msg) && msg.push.type === 'progress' && msg.push.url === target.url) {
          req.onProgress?.({ bytes: msg.push.bytes, ...(msg.push.total !== undefined ? { total: msg.push.total } : {}) });
        }
      };
      browser.runtime.onMessage.addListener(listener);
      try {
        const r = await callBackground('report', { url: target.url, ...(req.schema ? { schema: req.schema } : {}) });
        if (r.origin) return { kind: 'needs-permission', origin: r.origin, explanation: tx(lang).permissionExplanation(r.origin.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '')) };
        if (!r.report) throw new Error(r.state.title);
        return { kind: 'report', report: r.report };
      } finally {
        browser.runtime.onMessage.removeListener(listener);
      }
    },
  };
}
