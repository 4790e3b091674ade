// What the detector (entrypoints/content.ts) and the annotator bundle (entrypoints/annotator/)
// agree on. Kept apart from the bundle's code: a value the detector imports from the runtime's
// module would pull the engine's module-level tables into the script every page runs.
import type { Settings } from '../settings/schema.ts';

/** Guanhua on one Chinese page, once the bundle runs: it follows the settings and answers the popup itself. */
export interface AnnotatorSession {
  /** Stops for good: the extension was reloaded or updated. */
  dispose(): void;
}

/** The global the annotator bundle sets, for the detector that loaded it. */
export const ANNOTATOR_GLOBAL = '__guanhuaStartAnnotator';

/** Starts Guanhua on the page with the settings the detector read. */
export type StartAnnotator = (settings: Settings) => AnnotatorSession;

/** The global the pinyin reader's script (entrypoints/pinyin-reader.ts) sets, for the bundle that loaded it. */
export const PINYIN_READER_GLOBAL = '__guanhuaReadPinyin';
