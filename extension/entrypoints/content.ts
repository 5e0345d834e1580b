import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../lib/content';

/**
 * Registered at run time (lib/registration.ts) on the sites the user allowed,
 * and injected on demand in the active tab from the popup (activeTab).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as { __scdlContent?: boolean };
    if (g.__scdlContent) return;
    g.__scdlContent = true;
    startContent(document);
  },
});
