// Guanhua on one page: finds the article, annotates it in slices that never block the page,
// keeps up with content the page adds later, explains terms in the tooltip, and takes everything
// out again when switched off.
import type { Annotation } from '../engine/annotation.ts';
import { NameMemory, type Annotator } from '../engine/annotator.ts';
import type { GeneralEntry } from '../engine/general-dictionary.ts';
import { wordByWord, type OwnWord, type WordReading } from '../engine/word-by-word.ts';
import type { MatchingDictionary, MatchingEntry, TooltipTexts } from '../engine/dictionary-split.ts';
import type { Settings } from '../settings/schema.ts';
import type { FoundTerm } from '../shared/found-term.ts';
import { TOOLTIP_TAG, type CreateTooltip, type TooltipContent, type TooltipView } from '../shared/tooltip.ts';
import { warnOf } from '../shared/failures.ts';
import { findArticleRoot, furnitureWithin } from './article-root.ts';
import { applyDisplay, clearDisplay, displayOf } from './display.ts';
import { attachInteractions } from './interactions.ts';
import { EAGER_TEXT_LIMIT, REPORT_DELAY_MS } from './limits.ts';
import { MutationWatch } from './mutation-watch.ts';
import { PinyinNotLoaded, type PinyinOnDemand } from './pinyin-on-demand.ts';
import { clippingBoxes, ROOM_ATTRIBUTE } from './room.ts';
import pageCss from './page-style.css?inline';
import { TERM_TAG, TermRenderer } from './render-terms.ts';
import { SliceScheduler } from './scheduler.ts';
import { chineseVoice, speak } from './speech.ts';
import { foundTerms, firstTerm } from './term-index.ts';
import { textBlocks, type TextBlock } from './text-blocks.ts';
import { markTiming } from './timing.ts';
import { ownWordsOf, tooltipContent } from './tooltip-content.ts';
import { ViewportGate } from './viewport-gate.ts';

export interface GuanhuaPageOptions {
  document: Document;
  annotator: Annotator;
  dictionary: MatchingDictionary;
  /** The tooltip's texts (explanations, examples…), asked for when the first tooltip opens. */
  loadTexts(): Promise<TooltipTexts>;
  /**
   * The general dictionary's words in a phrase (engine/general-dictionary.ts), asked for when the
   * tooltip of an unlisted slogan opens. Without it such tooltips show no word-by-word reading.
   */
  lookupGeneral?(text: string): Promise<Record<string, GeneralEntry[]>>;
  settings: Settings;
  /**
   * Pinyin for text the dictionary does not hold: all-text pinyin here, names and unlisted
   * formulas in the annotator built with its `read`. Loaded the first time it is needed.
   */
  pinyin: PinyinOnDemand;
  /** The tooltip (components/tooltip-host.tsx), made once the page has something to explain. */
  createTooltip: CreateTooltip;
  /** Saves a term to the word list. */
  saveWord(content: TooltipContent, sentence: string): Promise<void>;
  isSaved(term: string): boolean;
  /** Told the terms on the page whenever they change. */
  onTermsChanged?(terms: FoundTerm[]): void;
}

const STYLE_ID = 'guanhua-page-style';
/** Present on <html> while annotation work is queued: tests and user scripts can wait for it to go. */
const BUSY_ATTRIBUTE = 'data-guanhua-busy';

/** Settings that change what is marked: changing one re-reads the page. */
const STRUCTURAL: (keyof Settings)[] = ['kinds', 'pinyinScope', 'annotateScope'];

/** Equal as settings: objects compared key by key (storage may hand them back with their keys reordered). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** What one start of the page runtime holds; a new one on every start. */
interface Run {
  scheduler: SliceScheduler;
  watch: MutationWatch;
  detach: () => void;
  articleRoot: Element;
  /** With "Annotate: the article", the furniture inside it that is never read (related news, share bars). */
  furniture: Set<Element>;
  /** Nodes to read, in order. */
  roots: Node[];
  /** The root being read block by block, and whether its blocks wait for the viewport. */
  collecting: { blocks: Generator<TextBlock>; lazy: boolean } | null;
  /** Blocks of an article collected whole, whose names are learnt before any is annotated. */
  toLearn: TextBlock[];
  /** Blocks to annotate, and the next one. */
  blocks: TextBlock[];
  nextBlock: number;
  gate: ViewportGate | null;
  /** Whether marks changed since the terms were last reported. */
  changed: boolean;
  /** Elements whose text was marked in this slice, and the boxes given room for their pinyin (room.ts). */
  marked: Element[];
  roomy: Set<Element>;
  /** Whether makeRoom waits for the next frame to be drawn. */
  roomPending: boolean;
  /** Whether each box looked at hides what overflows it, read once per run (room.ts). */
  hidesOverflow: WeakMap<Element, boolean>;
  reportTimer: ReturnType<typeof setTimeout> | undefined;
}

export class GuanhuaPage {
  private readonly document: Document;
  private readonly renderer: TermRenderer;
  private readonly tooltip: TooltipView;
  private readonly entries: Map<string, MatchingEntry>;
  /** The tooltip's texts once loaded, and their loading (once per page; a failure is retried next time). */
  private texts: TooltipTexts | undefined;
  private textsLoading: Promise<TooltipTexts | undefined> | null = null;
  /** Unlisted slogans read word by word, by their text; undefined while their lookup runs. */
  private readonly wordReadings = new Map<string, WordReading[] | undefined>();
  /** Guanhua's own words, by spelling, for those readings: made the first time one is needed. */
  private ownWords: Map<string, OwnWord> | undefined;
  /** Names read after titles on this page, recognised again where they come back alone. */
  private readonly names = new NameMemory();
  private settings: Settings;
  private run: Run | null = null;

  constructor(private readonly options: GuanhuaPageOptions) {
    this.document = options.document;
    this.settings = options.settings;
    this.renderer = new TermRenderer(this.document);
    this.entries = new Map(options.dictionary.entries.map((entry) => [entry.id, entry]));
    this.tooltip = options.createTooltip(this.document, {
      canSpeak: () => chineseVoice() !== undefined,
      speak: (content) => speak(content.term),
      save: (content) => this.save(content),
      isSaved: (content) => this.options.isSaved(content.key),
    });
  }

  start(): void {
    if (this.run) return;
    this.injectStyle();
    applyDisplay(this.document.documentElement, displayOf(this.settings));
    const root = this.document.documentElement;
    const wholePage = this.settings.annotateScope === 'page';
    const articleRoot = wholePage ? (this.document.body ?? root) : findArticleRoot(this.document);
    const furniture = wholePage ? new Set<Element>() : furnitureWithin(articleRoot);
    const scheduler = new SliceScheduler((deadline) => this.step(deadline), {
      onBusy: () => root.setAttribute(BUSY_ATTRIBUTE, ''),
      onIdle: () => {
        root.removeAttribute(BUSY_ATTRIBUTE);
        markTiming('guanhua:annotated');
      },
      afterSlice: () => this.afterSlice(),
    });
    const watch = new MutationWatch(
      this.document.body ?? root,
      { isOwn: this.isOwn, isOwnedOriginal: (node) => this.renderer.isOwnedOriginal(node), release: (text) => this.renderer.release(text, false) },
      (node) => this.reread(node),
    );
    const detach = attachInteractions(this.document, {
      show: (term) => this.showTooltip(term),
      trigger: () => this.settings.tooltipTrigger,
      hide: () => this.tooltip.hide(),
      inTooltip: (node) => this.tooltip.contains(node),
      terms: () => this.renderer.terms(),
      current: () => this.tooltip.anchor,
    });
    this.run = { scheduler, watch, detach, articleRoot, furniture, roots: [articleRoot], collecting: null, toLearn: [], blocks: [], nextBlock: 0, gate: null, changed: false, marked: [], roomy: new Set(), roomPending: false, hidesOverflow: new WeakMap(), reportTimer: undefined };
    scheduler.wake();
  }

  /** Takes every trace of Guanhua out of the page. */
  stop(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    run.scheduler.stop();
    clearTimeout(run.reportTimer);
    run.watch.disconnect();
    run.gate?.disconnect();
    run.detach();
    this.tooltip.destroy();
    this.renderer.restoreAll();
    for (const box of run.roomy) box.removeAttribute(ROOM_ATTRIBUTE);
    this.document.getElementById(STYLE_ID)?.remove();
    const root = this.document.documentElement;
    root.removeAttribute(BUSY_ATTRIBUTE);
    clearDisplay(root);
    this.options.onTermsChanged?.([]);
  }

  /** Applies new settings: display ones at once, ones that change what is marked by re-reading the page. */
  setSettings(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    if (!this.run) return;
    if (STRUCTURAL.some((key) => !sameValue(previous[key], settings[key]))) {
      this.stop();
      this.start();
      return;
    }
    applyDisplay(this.document.documentElement, displayOf(settings));
  }

  /** Scrolls to the first occurrence of a term and opens its tooltip (from the popup's page glossary). */
  reveal(key: string): boolean {
    const term = firstTerm(this.renderer, key);
    if (!(term instanceof HTMLElement)) return false;
    term.scrollIntoView({ block: 'center' });
    term.focus({ preventScroll: true });
    this.showTooltip(term);
    return true;
  }

  /** The terms on the page now. A term whose gloss is in the tooltip's texts has the gloss '' (GLOSSES_WITH_TEXTS). */
  foundTerms(): FoundTerm[] {
    return foundTerms(this.renderer);
  }

  /** The terms on the page now, each with its gloss: the tooltip's texts are loaded for those that need them. */
  async glossedTerms(): Promise<FoundTerm[]> {
    const terms = this.foundTerms();
    if (!terms.some((term) => term.gloss === '' && term.id)) return terms;
    const texts = await this.loadTexts();
    return terms.map((term) => (term.gloss === '' && term.id ? { ...term, gloss: texts?.entries[term.id]?.gloss ?? '' } : term));
  }

  private injectStyle(): void {
    if (this.document.getElementById(STYLE_ID)) return;
    const style = this.document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = pageCss;
    (this.document.head ?? this.document.documentElement).append(style);
  }

  private contentOf(annotation: Annotation): TooltipContent {
    const words = annotation.source === 'slogan-pattern' && this.options.lookupGeneral ? (this.wordReadings.get(phraseOf(annotation)) ?? 'loading') : undefined;
    return tooltipContent(annotation, this.entries, this.texts, this.settings.tooltipScript, words);
  }

  private showTooltip(term: Element): void {
    const annotation = this.renderer.annotationOf.get(term);
    if (!annotation) return;
    const content = this.contentOf(annotation);
    this.tooltip.show(term, content);
    const again = () => {
      if (this.tooltip.anchor === term) this.tooltip.show(term, this.contentOf(annotation));
    };
    if (content.wordsLoading) {
      this.readWordByWord(annotation)
        .catch(warnOf('could not read the phrase word by word'))
        .finally(again);
    }
    if (!content.loading) return;
    // The first tooltip: show what is here at once, the rest as soon as it arrives (if still open).
    this.loadTexts()
      .then(() => {
        if (this.texts) again();
      })
      .catch(warnOf('could not load the explanations'));
  }

  /** Reads an unlisted slogan word by word: Guanhua's words first, the general dictionary's for the rest. */
  private async readWordByWord(annotation: Annotation): Promise<void> {
    const text = phraseOf(annotation);
    if (this.wordReadings.has(text) || !this.options.lookupGeneral) return;
    this.wordReadings.set(text, undefined);
    try {
      // Guanhua's own words need the glosses the tooltip's texts hold (a failure to load them leaves those words to the general dictionary).
      const [general, texts] = await Promise.all([this.options.lookupGeneral(text), this.loadTexts()]);
      if (texts) this.ownWords ??= ownWordsOf(this.entries.values(), texts);
      const own = this.ownWords ?? ownWordsOf(this.entries.values(), undefined);
      this.wordReadings.set(text, wordByWord(text, annotation.readings, (word) => own.get(word), general));
    } catch (error) {
      // The tooltip stops waiting and shows what it has; the page asks again when reloaded.
      this.wordReadings.set(text, []);
      throw error;
    }
  }

  private loadTexts(): Promise<TooltipTexts | undefined> {
    this.textsLoading ??= this.options.loadTexts().then(
      (texts) => (this.texts = texts),
      (error: unknown) => {
        warnOf('could not load the explanations')(error);
        this.textsLoading = null;
        return undefined;
      },
    );
    return this.textsLoading;
  }

  /** Saves the term of the open tooltip, with its explanation (waiting for it on the page's first tooltip). */
  private async save(content: TooltipContent): Promise<void> {
    const anchor = this.tooltip.anchor;
    const annotation = anchor ? this.renderer.annotationOf.get(anchor) : undefined;
    let full = content;
    if (content.loading && annotation) {
      await this.loadTexts();
      full = this.contentOf(annotation);
    }
    await this.options.saveWord(full, this.sentenceAround(anchor));
  }

  /** The sentence of the page the term stands in, for the word list. */
  private sentenceAround(term: Element | null): string {
    const block = term?.closest('p, li, td, h1, h2, h3, h4, div') ?? term?.parentElement;
    const text = (block?.textContent ?? '').replace(/\s+/gu, ' ').trim();
    const termText = (term?.textContent ?? '').trim();
    const sentences = text.match(/[^。！？]+[。！？]?/gu) ?? [text];
    return (sentences.find((sentence) => termText && sentence.includes(termText)) ?? text).trim().slice(0, 200);
  }

  private isOwn = (node: Node): boolean => {
    if (this.renderer.isOwn(node)) return true;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!element?.closest(`${TERM_TAG}, ${TOOLTIP_TAG}`) || (node.nodeType === 1 && (node as Element).id === STYLE_ID);
  };

  /** A node the page changed: read again if it is in (or holds) the article. */
  private reread(node: Node): void {
    const run = this.run;
    if (!run) return;
    if (!run.articleRoot.isConnected) {
      // The page replaced its article (single-page navigation): find the new one.
      run.articleRoot = findArticleRoot(this.document);
      run.furniture = this.settings.annotateScope === 'page' ? new Set() : furnitureWithin(run.articleRoot);
      run.roots.push(run.articleRoot);
    }
    const root = run.articleRoot;
    if (root !== this.document.body && !root.contains(node) && !node.contains(root)) return;
    run.roots.push(node.contains(root) ? root : node);
    run.scheduler.wake();
  }

  /** One step of work within a slice: annotate a block, hand blocks to the viewport gate, read a root. */
  private step(deadline: number): boolean {
    const run = this.run;
    if (!run) return false;
    // An article is read whole before it is marked, and its names learnt first, so that a name
    // printed before its title (a headline above the paragraph that says who he is) is marked too.
    if (run.collecting && !run.collecting.lazy) {
      this.collectSome(run, deadline);
      return true;
    }
    const learning = run.toLearn.shift();
    if (learning) {
      try {
        if (learning.nodes.every((node) => node.isConnected)) this.options.annotator.learnNames(learning.nodes.map((node) => node.nodeValue ?? ''), this.names);
      } catch (error) {
        // A block the engine cannot read costs its names only, not the rest of the page.
        console.warn('Guanhua could not read the names of a block:', error);
      }
      return true;
    }
    const block = run.blocks[run.nextBlock];
    if (block) {
      try {
        this.annotateBlock(run, block);
      } catch (error) {
        if (!(error instanceof PinyinNotLoaded)) {
          // A block the engine cannot read stays as it is; the rest of the page is still marked.
          console.warn('Guanhua left a block it could not read unmarked:', error);
        } else {
          // The block needs the pinyin reader: the run waits for it (still busy) and reads the
          // block again. Nothing was written, and the names the engine remembered stay right.
          run.scheduler.pauseUntil(this.options.pinyin.load());
          return false;
        }
      }
      run.nextBlock += 1;
      return true;
    }
    if (run.blocks.length > 0) {
      run.blocks = [];
      run.nextBlock = 0;
    }
    if (run.gate?.pending) {
      run.gate.observeSome();
      return true;
    }
    if (run.collecting) {
      this.collectSome(run, deadline);
      return true;
    }
    const root = run.roots.shift();
    if (!root) return false;
    if (root.isConnected && !this.isOwn(root)) {
      const skipped = (node: Node) => this.isOwn(node) || (node.nodeType === 1 && run.furniture.has(node as Element));
      run.collecting = { blocks: textBlocks(root, skipped), lazy: this.isLong(run, root) };
    }
    return true;
  }

  private annotateBlock(run: Run, block: TextBlock): void {
    if (!block.nodes.every((node) => node.isConnected && !this.renderer.isOwn(node))) return;
    const segments = block.nodes.map((node) => node.nodeValue ?? '');
    const annotations = this.options.annotator.annotate(segments, this.names).filter((annotation) => this.settings.kinds[annotation.kind]);
    const plainReadings = this.settings.pinyinScope === 'all' ? this.readingsOf(segments) : undefined;
    if (annotations.length === 0 && !plainReadings) return;
    this.renderer.render(block, annotations, plainReadings);
    const parent = block.nodes[0]?.parentElement;
    if (parent) run.marked.push(parent);
    run.changed = true;
  }

  /** After each slice: Guanhua's own changes filtered while fresh, the terms reported once the page is quiet. */
  private afterSlice(): void {
    const run = this.run;
    if (!run) return;
    run.watch.flush();
    this.makeRoomAfterRender(run);
    if (!run.changed) return;
    run.changed = false;
    clearTimeout(run.reportTimer);
    run.reportTimer = setTimeout(() => {
      if (this.run === run) this.options.onTermsChanged?.(this.foundTerms());
    }, REPORT_DELAY_MS);
  }

  /**
   * makeRoom once the browser has drawn what the slices wrote. Reading styles at once makes the
   * browser work them out early, in the slice's task: on a page still loading (1 MB of text) that
   * was the whole document's style, one long task. After the frame they are known, and the read is cheap.
   */
  private makeRoomAfterRender(run: Run): void {
    const view = this.document.defaultView;
    if (run.marked.length === 0 || run.roomPending || !view) return;
    run.roomPending = true;
    const later = () => {
      run.roomPending = false;
      if (this.run === run) this.makeRoom(run);
    };
    if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(() => view.setTimeout(later, 0));
    else view.setTimeout(later, 0);
  }

  /** Frees the height of boxes that would clip the pinyin of the marks written so far (room.ts). */
  private makeRoom(run: Run): void {
    const view = this.document.defaultView;
    if (run.marked.length === 0 || !view) return;
    for (const box of clippingBoxes(run.marked, view, run.hidesOverflow)) {
      box.setAttribute(ROOM_ATTRIBUTE, '');
      run.roomy.add(box);
    }
    run.marked = [];
  }

  /**
   * All-text pinyin: the block read as a whole (so that context decides polyphones), split back
   * into one reading per code point of each node.
   */
  private readingsOf(segments: readonly string[]): string[][] {
    const readings = this.options.pinyin.read(segments.join(''));
    let at = 0;
    return segments.map((segment) => {
      const length = [...segment].length;
      const part = readings.slice(at, at + length);
      at += length;
      return part;
    });
  }

  /** Whether a root holds so much text that it is annotated near the viewport first (where the browser can). */
  private isLong(run: Run, root: Node): boolean {
    const view = this.document.defaultView;
    if (!ViewportGate.available(view) || (root.textContent?.length ?? 0) <= EAGER_TEXT_LIMIT) return false;
    run.gate ??= new ViewportGate(view, (ready) => {
      if (this.run !== run) return;
      run.blocks = [...run.blocks.slice(run.nextBlock), ...ready];
      run.nextBlock = 0;
      run.scheduler.wake();
    });
    return true;
  }

  /** Reads the current root's blocks until the deadline: queued for now, or for when they come into view. */
  private collectSome(run: Run, deadline: number): void {
    const collecting = run.collecting;
    if (!collecting) return;
    while (performance.now() < deadline) {
      const next = collecting.blocks.next();
      if (next.done) {
        run.collecting = null;
        return;
      }
      if (collecting.lazy) {
        run.gate?.add(next.value);
      } else {
        run.blocks.push(next.value);
        run.toLearn.push(next.value);
      }
    }
  }
}

/** An unlisted slogan's text as the word-by-word readings are kept: without the whitespace a page puts inside. */
function phraseOf(annotation: Annotation): string {
  return annotation.text.replace(/\s+/gu, '');
}
