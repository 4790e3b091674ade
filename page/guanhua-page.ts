// Guanhua on one page: finds the article, annotates it in slices that never block the page,
// keeps up with content the page adds later, explains terms in the tooltip, and takes everything
// out again when switched off.
import type { TooltipContent } from '../components/Tooltip.tsx';
import type { ReadPinyin } from '../engine/annotation.ts';
import { NameMemory, type Annotator } from '../engine/annotator.ts';
import type { Settings } from '../settings/schema.ts';
import type { Dictionary, DictionaryEntry } from '../engine/dictionary-format.ts';
import { findArticleRoot } from './article-root.ts';
import { attachInteractions } from './interactions.ts';
import { EAGER_TEXT_LIMIT, LAZY_GROUP, LAZY_ROOT_MARGIN, OBSERVE_BATCH, REPORT_DELAY_MS, WORK_SLICE_MS } from './limits.ts';
import pageCss from './page-style.css?inline';
import { TERM_TAG, TermRenderer } from './render-terms.ts';
import { chineseVoice, speak } from './speech.ts';
import { textBlocks, type TextBlock } from './text-blocks.ts';
import { markTiming } from './timing.ts';
import { tooltipContent } from './tooltip-content.ts';
import { TOOLTIP_TAG, TooltipHost } from './tooltip-host.tsx';

export interface FoundTerm {
  /** The entry id, or '' for what the engine composed. */
  id: string;
  /** The term (the entry id, or the text as on the page). */
  text: string;
  pinyin: string;
  gloss: string;
  kind: string;
  count: number;
}

export interface GuanhuaPageOptions {
  document: Document;
  annotator: Annotator;
  dictionary: Dictionary;
  settings: Settings;
  /** Pinyin for running text, for all-text pinyin. */
  readPinyin: ReadPinyin;
  /** Saves a term to the word list. */
  saveWord(content: TooltipContent, sentence: string): Promise<void>;
  isSaved(term: string): boolean;
  /** Told the terms on the page whenever they change. */
  onTermsChanged?(terms: FoundTerm[]): void;
}

const STYLE_ID = 'guanhua-page-style';
/** Present on <html> while annotation work is queued: tests and user scripts can wait for it to go. */
const BUSY_ATTRIBUTE = 'data-guanhua-busy';
const ROOT_ATTRIBUTES = ['data-guanhua-pinyin', 'data-guanhua-tones', 'data-guanhua-tone-colors', BUSY_ATTRIBUTE];
const PINYIN_SCALE_PROPERTY = '--guanhua-pinyin-scale';

/** Settings that change what is marked: changing one re-reads the page. */
const STRUCTURAL: (keyof Settings)[] = ['kinds', 'pinyinScope', 'annotateScope'];

interface WaitingGroup {
  blocks: TextBlock[];
  sentinels: Element[];
}

/** Equal as settings: objects compared key by key (storage may hand them back with their keys reordered). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export class GuanhuaPage {
  private readonly document: Document;
  private readonly renderer: TermRenderer;
  private readonly tooltip: TooltipHost;
  private readonly entries: Map<string, DictionaryEntry>;
  /** Names read after titles on this page, recognised again where they come back alone. */
  private readonly names = new NameMemory();
  private observer: MutationObserver | null = null;
  private detach: (() => void) | null = null;
  private articleRoot: Element | null = null;
  private readonly pendingRoots: Node[] = [];
  private pendingBlocks: TextBlock[] = [];
  private nextBlock = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private settings: Settings;
  /** Groups of blocks of a long page waiting until the reader scrolls near them, by sentinel element. */
  private readonly waiting = new Map<Element, WaitingGroup>();
  /** Blocks of a long page still to be handed to the IntersectionObserver (a few hundred per slice). */
  private toObserve: TextBlock[] = [];
  private nextToObserve = 0;
  /** The root being read block by block, and whether its blocks wait for the viewport. */
  private collecting: { blocks: Generator<TextBlock>; lazy: boolean } | null = null;
  private lazy: IntersectionObserver | null = null;

  constructor(private readonly options: GuanhuaPageOptions) {
    this.document = options.document;
    this.settings = options.settings;
    this.renderer = new TermRenderer(this.document);
    this.entries = new Map(options.dictionary.entries.map((entry) => [entry.id, entry]));
    this.tooltip = new TooltipHost(this.document, {
      canSpeak: () => chineseVoice() !== undefined,
      speak: (content) => void speak(content.term),
      save: (content) => this.options.saveWord(content, this.sentenceAround(this.tooltip.anchor)),
      isSaved: (content) => this.options.isSaved(content.key),
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.injectStyle();
    this.applyDisplay();
    this.articleRoot = this.settings.annotateScope === 'page' ? (this.document.body ?? this.document.documentElement) : findArticleRoot(this.document);
    this.pendingRoots.push(this.articleRoot);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.document.body ?? this.document.documentElement, { childList: true, subtree: true, characterData: true });
    this.detach = attachInteractions(this.document, {
      show: (term) => this.showTooltip(term),
      trigger: () => this.settings.tooltipTrigger,
      hide: () => this.tooltip.hide(),
      inTooltip: (node) => this.tooltip.contains(node),
      terms: () => this.renderer.terms(),
      current: () => this.tooltip.anchor,
    });
    this.schedule();
  }

  /** Takes every trace of Guanhua out of the page. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    clearTimeout(this.reportTimer);
    this.timer = undefined;
    this.observer?.disconnect();
    this.observer = null;
    this.lazy?.disconnect();
    this.lazy = null;
    this.waiting.clear();
    this.toObserve = [];
    this.nextToObserve = 0;
    this.collecting = null;
    this.detach?.();
    this.detach = null;
    this.tooltip.destroy();
    this.pendingRoots.length = 0;
    this.pendingBlocks = [];
    this.nextBlock = 0;
    this.renderer.restoreAll();
    this.document.getElementById(STYLE_ID)?.remove();
    const root = this.document.documentElement;
    for (const attribute of ROOT_ATTRIBUTES) root.removeAttribute(attribute);
    root.style.removeProperty(PINYIN_SCALE_PROPERTY);
    if (root.getAttribute('style') === '') root.removeAttribute('style');
    this.options.onTermsChanged?.([]);
  }

  /** Applies new settings: display ones at once, ones that change what is marked by re-reading the page. */
  setSettings(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    if (!this.running) return;
    if (STRUCTURAL.some((key) => !sameValue(previous[key], settings[key]))) {
      this.stop();
      this.start();
      return;
    }
    this.applyDisplay();
  }

  /** Pinyin on/off, tone marks or numbers, tone colours, size: attributes on <html>, no re-scan. */
  private applyDisplay(): void {
    const { pinyinVisible, toneStyle, toneColors, pinyinSize } = this.settings;
    const root = this.document.documentElement;
    root.setAttribute('data-guanhua-pinyin', pinyinVisible ? 'shown' : 'hidden');
    root.setAttribute('data-guanhua-tones', toneStyle);
    root.setAttribute('data-guanhua-tone-colors', toneColors ? 'on' : 'off');
    if (pinyinSize === 100) root.style.removeProperty(PINYIN_SCALE_PROPERTY);
    else root.style.setProperty(PINYIN_SCALE_PROPERTY, String(pinyinSize / 100));
    if (root.getAttribute('style') === '') root.removeAttribute('style');
  }

  /** Scrolls to the first occurrence of a term and opens its tooltip (from the popup's page glossary). */
  reveal(key: string): boolean {
    const term = this.renderer.terms().find((element) => {
      const annotation = this.renderer.annotationOf.get(element);
      return annotation && (annotation.id || annotation.text.replace(/\s+/gu, '')) === key;
    });
    if (!(term instanceof HTMLElement)) return false;
    term.scrollIntoView({ block: 'center' });
    term.focus({ preventScroll: true });
    this.showTooltip(term);
    return true;
  }

  /** The terms on the page now, by entry (or by text for what the engine composed). */
  foundTerms(): FoundTerm[] {
    const found = new Map<string, FoundTerm>();
    // A term split over two text nodes has two elements but one annotation: count annotations.
    const annotations = new Set(this.renderer.terms().map((term) => this.renderer.annotationOf.get(term)));
    for (const annotation of annotations) {
      if (!annotation) continue;
      const key = annotation.id || annotation.text.replace(/\s+/gu, '');
      const term = found.get(key) ?? {
        id: annotation.id,
        text: key,
        pinyin: annotation.readings.filter(Boolean).join(' '),
        gloss: annotation.gloss,
        kind: annotation.kind,
        count: 0,
      };
      term.count += 1;
      found.set(key, term);
    }
    return [...found.values()];
  }

  private injectStyle(): void {
    if (this.document.getElementById(STYLE_ID)) return;
    const style = this.document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = pageCss;
    (this.document.head ?? this.document.documentElement).append(style);
  }

  private showTooltip(term: Element): void {
    const annotation = this.renderer.annotationOf.get(term);
    if (!annotation) return;
    this.tooltip.show(term, tooltipContent(annotation, this.entries, this.options.dictionary.sources, this.settings.tooltipScript));
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

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        if (this.renderer.isOwnedOriginal(text)) {
          // The page wrote new text into a node Guanhua had emptied: drop the old marks, read it again.
          if (text.nodeValue) {
            this.renderer.release(text, false);
            this.enqueue(text.parentNode);
          }
        } else if (!this.isOwn(text)) {
          this.enqueue(text.parentNode);
        }
        continue;
      }
      for (const removed of record.removedNodes) {
        if (this.renderer.isOwnedOriginal(removed)) this.renderer.release(removed as Text, false);
      }
      for (const added of record.addedNodes) {
        if (this.isOwn(added)) continue;
        this.enqueue(added.nodeType === 3 ? added.parentNode : added);
      }
    }
    this.schedule();
  }

  private enqueue(node: Node | null): void {
    if (!node || !this.running) return;
    if (this.articleRoot && !this.articleRoot.isConnected) {
      // The page replaced its article (single-page navigation): find the new one.
      this.articleRoot = findArticleRoot(this.document);
      this.pendingRoots.push(this.articleRoot);
    }
    const root = this.articleRoot;
    if (root && root !== this.document.body && !root.contains(node) && !node.contains(root)) return;
    this.pendingRoots.push(node.contains(root) && root ? root : node);
  }

  private schedule(): void {
    if (!this.running || this.timer !== undefined) return;
    const root = this.document.documentElement;
    const idle = this.pendingRoots.length === 0 && !this.collecting && this.nextBlock >= this.pendingBlocks.length && this.nextToObserve >= this.toObserve.length;
    if (idle) {
      if (root.hasAttribute(BUSY_ATTRIBUTE)) {
        root.removeAttribute(BUSY_ATTRIBUTE);
        markTiming('guanhua:annotated');
      }
      return;
    }
    if (!root.hasAttribute(BUSY_ATTRIBUTE)) root.setAttribute(BUSY_ATTRIBUTE, '');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.work();
    }, 0);
  }

  /** One slice of work: at most WORK_SLICE_MS, then yield to the page and continue. */
  private work(): void {
    if (!this.running) return;
    const deadline = performance.now() + WORK_SLICE_MS;
    let changed = false;
    while (performance.now() < deadline) {
      const block = this.pendingBlocks[this.nextBlock];
      if (block) {
        this.nextBlock += 1;
        if (block.nodes.every((node) => node.isConnected && !this.renderer.isOwn(node))) {
          const segments = block.nodes.map((node) => node.nodeValue ?? '');
          const annotations = this.options.annotator.annotate(segments, this.names).filter((annotation) => this.settings.kinds[annotation.kind]);
          const plainReadings = this.settings.pinyinScope === 'all' ? this.readingsOf(segments) : undefined;
          if (annotations.length > 0 || plainReadings) {
            this.renderer.render(block, annotations, plainReadings);
            changed = true;
          }
        }
        continue;
      }
      if (this.pendingBlocks.length > 0) {
        this.pendingBlocks = [];
        this.nextBlock = 0;
      }
      if (this.nextToObserve < this.toObserve.length) {
        this.observeSome();
        continue;
      }
      if (this.toObserve.length > 0) {
        this.toObserve = [];
        this.nextToObserve = 0;
      }
      if (this.collecting) {
        this.collectSome(deadline);
        continue;
      }
      const root = this.pendingRoots.shift();
      if (!root) break;
      if (root.isConnected && !this.isOwn(root)) this.collecting = { blocks: textBlocks(root, this.isOwn), lazy: this.isLong(root) };
    }
    // Collected now so that the records of Guanhua's own changes are filtered while they are fresh.
    const records = this.observer?.takeRecords() ?? [];
    if (records.length > 0) this.onMutations(records);
    if (changed) this.reportSoon();
    this.schedule();
  }

  /**
   * All-text pinyin: the block read as a whole (so that context decides polyphones), split back
   * into one reading per code point of each node.
   */
  private readingsOf(segments: readonly string[]): string[][] {
    const readings = this.options.readPinyin(segments.join(''));
    let at = 0;
    return segments.map((segment) => {
      const length = [...segment].length;
      const part = readings.slice(at, at + length);
      at += length;
      return part;
    });
  }

  /**
   * Whether a root holds so much text that it is annotated near the viewport first (and the
   * IntersectionObserver needed for that exists).
   */
  private isLong(root: Node): boolean {
    const view = this.document.defaultView;
    if (!view || typeof view.IntersectionObserver !== 'function') return false;
    if ((root.textContent?.length ?? 0) <= EAGER_TEXT_LIMIT) return false;
    this.lazy ??= new view.IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: LAZY_ROOT_MARGIN });
    return true;
  }

  /** Reads the current root's blocks until the deadline: queued for now, or for when they come into view. */
  private collectSome(deadline: number): void {
    const collecting = this.collecting;
    if (!collecting) return;
    while (performance.now() < deadline) {
      const next = collecting.blocks.next();
      if (next.done) {
        this.collecting = null;
        return;
      }
      if (collecting.lazy) this.toObserve.push(next.value);
      else this.pendingBlocks.push(next.value);
    }
  }

  /**
   * Hands the next waiting blocks to the IntersectionObserver, in groups: only each group's first
   * and last paragraph are observed (the intersection work per frame grows with the number of
   * targets), and either coming near the viewport releases the whole group.
   */
  private observeSome(): void {
    const lazy = this.lazy;
    const end = Math.min(this.toObserve.length, this.nextToObserve + OBSERVE_BATCH);
    while (this.nextToObserve < end) {
      const group = this.toObserve.slice(this.nextToObserve, Math.min(end, this.nextToObserve + LAZY_GROUP));
      this.nextToObserve += group.length;
      const sentinels = new Set<Element>();
      for (const block of [group[0], group.at(-1)]) {
        const element = block?.nodes[0]?.parentElement;
        if (element) sentinels.add(element);
      }
      const waiting: WaitingGroup = { blocks: group, sentinels: [...sentinels] };
      for (const sentinel of sentinels) {
        this.waiting.set(sentinel, waiting);
        lazy?.observe(sentinel);
      }
    }
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    const ready: TextBlock[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const group = this.waiting.get(entry.target);
      if (!group) continue;
      for (const sentinel of group.sentinels) {
        this.lazy?.unobserve(sentinel);
        this.waiting.delete(sentinel);
      }
      ready.push(...group.blocks);
    }
    if (ready.length === 0) return;
    this.pendingBlocks = [...this.pendingBlocks.slice(this.nextBlock), ...ready];
    this.nextBlock = 0;
    this.schedule();
  }

  /** Reports the terms once the page has been quiet for a moment, not after every slice. */
  private reportSoon(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      if (this.running) this.options.onTermsChanged?.(this.foundTerms());
    }, REPORT_DELAY_MS);
  }
}
