// The text blocks of a long page wait until the reader scrolls near them (see EAGER_TEXT_LIMIT):
// they are handed to an IntersectionObserver in groups, a few hundred per step, and a group is
// released whole when its first or last paragraph comes near the viewport.
import { LAZY_GROUP, LAZY_ROOT_MARGIN, OBSERVE_BATCH } from './limits.ts';
import type { TextBlock } from './text-blocks.ts';

type View = Window & typeof globalThis;

interface WaitingGroup {
  blocks: TextBlock[];
  sentinels: Element[];
}

export class ViewportGate {
  private observer: IntersectionObserver | null = null;
  /** Groups waiting for the viewport, by sentinel element. */
  private readonly waiting = new Map<Element, WaitingGroup>();
  /** Blocks not yet handed to the observer. */
  private queued: TextBlock[] = [];
  private next = 0;

  /** `release` gets the blocks of each group that comes near the viewport. */
  constructor(
    private readonly view: View,
    private readonly release: (blocks: TextBlock[]) => void,
  ) {}

  /** Whether this browser can gate blocks at all. */
  static available(view: View | null): view is View {
    return !!view && typeof view.IntersectionObserver === 'function';
  }

  add(block: TextBlock): void {
    this.queued.push(block);
  }

  /** Whether blocks are still to be handed to the observer. */
  get pending(): boolean {
    return this.next < this.queued.length;
  }

  /**
   * Hands the next blocks to the observer, in groups: only each group's first and last paragraph
   * are observed (the intersection work per frame grows with the number of targets).
   */
  observeSome(): void {
    const observer = (this.observer ??= new this.view.IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: LAZY_ROOT_MARGIN }));
    const end = Math.min(this.queued.length, this.next + OBSERVE_BATCH);
    while (this.next < end) {
      const group = this.queued.slice(this.next, Math.min(end, this.next + LAZY_GROUP));
      this.next += group.length;
      const sentinels = new Set<Element>();
      for (const block of [group[0], group.at(-1)]) {
        const element = block?.nodes[0]?.parentElement;
        if (element) sentinels.add(element);
      }
      const waiting: WaitingGroup = { blocks: group, sentinels: [...sentinels] };
      for (const sentinel of sentinels) {
        this.waiting.set(sentinel, waiting);
        observer.observe(sentinel);
      }
    }
    if (!this.pending) {
      this.queued = [];
      this.next = 0;
    }
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.waiting.clear();
    this.queued = [];
    this.next = 0;
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    const ready: TextBlock[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const group = this.waiting.get(entry.target);
      if (!group) continue;
      for (const sentinel of group.sentinels) {
        this.observer?.unobserve(sentinel);
        this.waiting.delete(sentinel);
      }
      ready.push(...group.blocks);
    }
    if (ready.length > 0) this.release(ready);
  }
}
