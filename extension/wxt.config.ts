import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// No access to any site at install: `activeTab` (the toolbar icon and the context
// menu grant the current tab), and host access asked at run time for the sites
// whose files the user checks (optional host permissions). A content script
// declared for <all_urls> would grant Chrome access to every site (measured:
// the service worker can then fetch any origin), so it is registered at run time.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Vérificateur CSV SCDL',
    description: 'Vérifie les fichiers CSV des pages web avec les schémas du Socle commun des données locales (SCDL), sans les envoyer nulle part.',
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting'],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: 'Vérifier les CSV de la page (SCDL)' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'verificateur-scdl@scdl-toolkit',
              // scripting.registerContentScripts in MV2 (102), storage.session (115).
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // AMO rebuilds the add-on from sources: the monorepo is the source.
  zip: {
    artifactTemplate: 'scdl-extension-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'scdl-extension-{{version}}-sources.zip',
    sourcesRoot: '..',
    excludeSources: ['**/node_modules/**', '**/.output/**', '**/dist/**', '**/.wxt/**', '**/.bench/**', '**/coverage/**', '.git/**'],
  },
});
