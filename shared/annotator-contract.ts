// What the detector (entrypoints/content.ts) and the annotator bundle (entrypoints/annotator/)
// agree on. Kept apart from the bundle's code: a value the detector imports from the runtime's
// module would pull the engine's module-level tables into the script every page runs.
import type { Settings } from '../settings/schema.ts';
import type { FoundTerm } from './found-term.ts';

export interface AnnotatorRuntime {
  /** Starts (or updates) annotation with these settings. */
  apply(settings: Settings): void;
  /** Takes every mark out of the page. */
  stop(): void;
  foundTerms(): FoundTerm[];
  reveal(key: string): boolean;
  /** Stops for good: the extension was reloaded or updated. */
  dispose(): void;
}

/** The global the annotator bundle sets, for the detector that loaded it. */
export const ANNOTATOR_GLOBAL = '__guanhuaCreateAnnotator';

export type CreateAnnotatorRuntime = (settings: Settings) => Promise<AnnotatorRuntime>;
