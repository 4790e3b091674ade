// What the detector (page/detector.ts) and the annotator bundle (entrypoints/annotator/)
// agree on. Kept apart from the bundle's code: a value the detector imports from the runtime's
// module would pull the engine's module-level tables into the script every page runs.

/** Guanhua on one Chinese page, once the bundle runs: it follows the settings and answers the popup itself. */
export interface AnnotatorSession {
  /** Stops for good: the extension was reloaded or updated. */
  dispose(): void;
}

/** The global the annotator bundle sets, for the detector that loaded it. */
export const ANNOTATOR_GLOBAL = '__guanhuaStartAnnotator';

/**
 * Starts Guanhua on the page with what the detector read from storage.local (the settings are
 * validated by the bundle: the detector carries only the on/off check, settings/active.ts).
 */
export type StartAnnotator = (stored: Record<string, unknown>) => AnnotatorSession;

/** The global the pinyin reader's script (entrypoints/pinyin-reader.ts) sets, for the bundle that loaded it. */
export const PINYIN_READER_GLOBAL = '__guanhuaReadPinyin';
