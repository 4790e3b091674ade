// The annotator bundle: loaded by the content script (a small detector) only on pages that have
// Chinese text, so that every other page pays for the detector alone. It hands the detector its
// entry point through a global of the content script's isolated world.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANNOTATOR_GLOBAL } from '../../shared/annotator-contract.ts';
import { startAnnotator } from './runtime.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] = startAnnotator;
});
