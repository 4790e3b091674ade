// What the page adapter hands the tooltip: the content of one marked term, the element the
// tooltip lives in, and the actions its buttons take. The page (page/) and the tooltip's
// component and host (components/) both import this, never each other.

/** The tag of the tooltip's host element, which the page adapter never reads as page text. */
export const TOOLTIP_TAG = 'guanhua-tooltip';

export interface TooltipContent {
  /** The entry id or, for what the engine composed, the text: the key the word list saves under. */
  key: string;
  /** The term as the tooltip heads it, in the script the reader chose. */
  term: string;
  /** The term in its other script (as on the page, or the Simplified), when that differs. */
  asOnPage?: string;
  pinyin: string;
  kind: string;
  gloss: string;
  glossBy?: string;
  literal?: string;
  explanation?: string;
  role?: string;
  example?: { sentence: string; source: string; date: string };
  related?: string[];
  /** Composed titles: the parts and their English. */
  composedFrom?: { text: string; english: string }[];
  /** Put together by Guanhua, not a dictionary entry. */
  notInDictionary?: boolean;
  /**
   * An unlisted slogan, word by word: Guanhua's own words, else CC-CEDICT's ('none': neither knows
   * the character).
   */
  words?: { text: string; pinyin: string; gloss: string; from: 'guanhua' | 'cc-cedict' | 'none' }[];
  /** The word-by-word reading is on its way. */
  wordsLoading?: boolean;
  /** The entry's explanation, literal reading and example are still on their way (the first tooltip of a page). */
  loading?: boolean;
}

export interface TooltipActions {
  canSpeak(): boolean;
  speak(content: TooltipContent): void;
  save(content: TooltipContent): Promise<void>;
  isSaved(content: TooltipContent): boolean;
}

/** The tooltip as the page adapter drives it (components/tooltip-host.tsx). */
export interface TooltipView {
  /** The term whose tooltip is open, if any. */
  readonly anchor: Element | null;
  contains(node: Node | null): boolean;
  show(anchor: Element, content: TooltipContent): void;
  hide(): void;
  destroy(): void;
}

export type CreateTooltip = (document: Document, actions: TooltipActions) => TooltipView;
