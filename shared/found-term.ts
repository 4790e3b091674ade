// A term marked on a page, as the popup's page glossary and the toolbar badge receive it.
export interface FoundTerm {
  /** The entry id, or '' for what the engine composed. */
  id: string;
  /** The term's key (page/term-index.ts): the entry id, or the text as on the page. */
  text: string;
  pinyin: string;
  /** '' for an entry whose gloss is in the tooltip texts, until the page fills it in (GuanhuaPage.glossedTerms). */
  gloss: string;
  kind: string;
  count: number;
}
