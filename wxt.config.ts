import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Guanhua's build. Chrome gets Manifest V3; Firefox gets Manifest V2 (WXT's default for
// Firefox) — the README explains that choice.
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Guanhua 官话',
    description:
      'Pinyin and plain-English explanations for the official titles, government bodies and policy slogans in Chinese government news.',
    // Every permission needs a reason in the README ("Permissions").
    permissions: ['storage'],
    action: {
      default_title: 'Guanhua 官话',
    },
    // The annotator bundle, which the content script loads only on Chinese pages (README,
    // "Performance"). Chrome serves it only under a per-session id (use_dynamic_url), so a page
    // cannot fetch it to learn that Guanhua is installed; Firefox's extension id is already
    // random per installation.
    web_accessible_resources: [
      {
        resources: ['annotator.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide pinyin',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A fixed id keeps storage (settings, the word list) across reinstalls and updates.
          id: 'guanhua@guanhua-reader',
          strict_min_version: '115.0',
          // Guanhua collects nothing and sends nothing anywhere.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
