// @vitest-environment happy-dom
// The parts of the page runtime, each on its own: the scheduler, the viewport gate, the mutation
// watch, the display of the settings and the term index.
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../engine/annotation.ts';
import { applyDisplay, clearDisplay, displayOf, PINYIN_SCALE_PROPERTY } from '../../page/display.ts';
import { MutationWatch } from '../../page/mutation-watch.ts';
import { SliceScheduler } from '../../page/scheduler.ts';
import { ScriptLifetime } from '../../page/script-lifetime.ts';
import { firstTerm, foundTerms, termKey } from '../../page/term-index.ts';
import type { TextBlock } from '../../page/text-blocks.ts';
import { ViewportGate } from '../../page/viewport-gate.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';

describe('the slice scheduler', () => {
  /** A scheduler over `units` steps of `cost` ms each on a fake clock, recording the steps per slice. */
  function run(units: number, cost: number) {
    let now = 0;
    let left = units;
    const slices: number[] = [];
    let yields = 0;
    let idle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (idle = resolve));
    const scheduler = new SliceScheduler(
      () => {
        now += cost;
        slices[slices.length - 1] = (slices.at(-1) ?? 0) + 1;
        left -= 1;
        return left > 0;
      },
      {
        now: () => now,
        sliceMs: 8,
        yieldToPage: () => {
          yields += 1;
          slices.push(0);
          return Promise.resolve();
        },
        onIdle: () => idle(),
      },
    );
    return { scheduler, done, slices: () => slices.filter((count) => count > 0), yields: () => yields };
  }

  it('works at most a slice at a time and gives the page the thread between slices', async () => {
    const { scheduler, done, slices, yields } = run(20, 3);
    scheduler.wake();
    await done;
    // 3 ms steps in 8 ms slices: three steps a slice (the third starts before the deadline).
    expect(slices()).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(yields()).toBe(7);
  });

  it('goes on when woken while running, and stops for good when told', async () => {
    let work = 2;
    let idle = 0;
    const steps: number[] = [];
    const scheduler = new SliceScheduler(
      () => {
        steps.push(work);
        work -= 1;
        if (work === 0 && steps.length === 2) {
          // More work arrives as the last step ends (a page change seen after the slice).
          work = 1;
          scheduler.wake();
          return false;
        }
        return work > 0;
      },
      { yieldToPage: () => Promise.resolve(), onIdle: () => (idle += 1) },
    );
    scheduler.wake();
    await vi.waitFor(() => expect(idle).toBe(1));
    expect(steps).toEqual([2, 1, 1]);
    scheduler.stop();
    work = 5;
    scheduler.wake();
    await Promise.resolve();
    expect(steps).toHaveLength(3);
  });
});

describe('the display of the settings', () => {
  it('is attributes and one scale property, and leaves the page’s own style alone', () => {
    expect(displayOf({ ...DEFAULT_SETTINGS, pinyinVisible: false, toneStyle: 'numbers', toneColors: true, pinyinSize: 130 })).toEqual({
      attributes: { 'data-guanhua-pinyin': 'hidden', 'data-guanhua-tones': 'numbers', 'data-guanhua-tone-colors': 'on' },
      pinyinScale: '1.3',
    });
    const root = document.createElement('html');
    root.setAttribute('style', 'color: red;');
    applyDisplay(root, displayOf({ ...DEFAULT_SETTINGS, pinyinSize: 130 }));
    expect(root.style.getPropertyValue(PINYIN_SCALE_PROPERTY)).toBe('1.3');
    clearDisplay(root);
    expect(root.getAttributeNames().sort()).toEqual(['style']);
    expect(root.style.getPropertyValue('color')).toBe('red');
    const bare = document.createElement('html');
    applyDisplay(bare, displayOf({ ...DEFAULT_SETTINGS, pinyinSize: 130 }));
    clearDisplay(bare);
    expect(bare.getAttributeNames()).toEqual([]);
  });
});

describe('the term index', () => {
  const annotation = (id: string, text: string): Annotation =>
    ({ id, text, kind: 'title', gloss: 'g', readings: ['a'], source: 'entry', composed: !id, start: 0, length: text.length }) as unknown as Annotation;

  it('keys a term by its entry, or by its text without the whitespace a page breaks it with', () => {
    expect(termKey({ id: '市委书记', text: '市委書記' })).toBe('市委书记');
    expect(termKey({ id: '', text: '县委\n书记' })).toBe('县委书记');
  });

  it('counts a term split over two elements once, and finds its first mark', () => {
    const split = annotation('', '县委\n书记');
    const other = annotation('市长', '市长');
    const elements = [document.createElement('b'), document.createElement('b'), document.createElement('b'), document.createElement('b')];
    const of = new Map<Element, Annotation>([
      [elements[0]!, split],
      [elements[1]!, split],
      [elements[2]!, other],
      [elements[3]!, annotation('市长', '市长')],
    ]);
    const marked = { terms: () => elements, annotationOf: of };
    expect(foundTerms(marked).map((term) => [term.text, term.count])).toEqual([
      ['县委书记', 1],
      ['市长', 2],
    ]);
    expect(firstTerm(marked, '市长')).toBe(elements[2]);
    expect(firstTerm(marked, '省长')).toBeUndefined();
  });
});

describe('the mutation watch', () => {
  it('hands back what the page adds or rewrites, not Guanhua’s own changes', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    // A page text node Guanhua emptied when it marked it, there before the watch starts.
    const ownText = document.createTextNode('');
    root.append(ownText);
    const own = document.createElement('guanhua-term');
    const released: Text[] = [];
    const reread: Node[] = [];
    const watch = new MutationWatch(root, { isOwn: (node) => node === own || own.contains(node), isOwnedOriginal: (node) => node === ownText, release: (text) => released.push(text) }, (node) => reread.push(node));
    const paragraph = Object.assign(document.createElement('p'), { textContent: '新段落' });
    root.append(own, paragraph);
    watch.flush();
    expect(reread).toEqual([paragraph]);
    ownText.nodeValue = '页面写的新文字';
    watch.flush();
    expect(released).toEqual([ownText]);
    expect(reread).toEqual([paragraph, root]);
    watch.disconnect();
    root.append(document.createElement('p'));
    await Promise.resolve();
    expect(reread).toHaveLength(2);
  });
});

describe('the viewport gate', () => {
  it('observes only the first and last paragraph of each group, and releases the group whole', () => {
    const observed: Element[] = [];
    let report: (entries: IntersectionObserverEntry[]) => void = () => undefined;
    class FakeObserver {
      constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
        report = callback;
      }
      observe(element: Element) {
        observed.push(element);
      }
      unobserve() {}
      disconnect() {}
    }
    const view = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
    const released: TextBlock[][] = [];
    const gate = new ViewportGate(view, (blocks) => released.push(blocks));
    const paragraphs = Array.from({ length: 30 }, (_, index) => Object.assign(document.createElement('p'), { textContent: `段${index}` }));
    for (const paragraph of paragraphs) gate.add({ nodes: [paragraph.firstChild as Text] } as TextBlock);
    expect(gate.pending).toBe(true);
    gate.observeSome();
    expect(gate.pending).toBe(false);
    // Groups of 25 (LAZY_GROUP): paragraphs 0 and 24, then 25 and 29.
    expect(observed).toEqual([paragraphs[0], paragraphs[24], paragraphs[25], paragraphs[29]]);
    report([{ isIntersecting: true, target: paragraphs[29] } as unknown as IntersectionObserverEntry]);
    expect(released.map((blocks) => blocks.length)).toEqual([5]);
    report([{ isIntersecting: true, target: paragraphs[29] } as unknown as IntersectionObserverEntry]);
    expect(released).toHaveLength(1);
  });
});

describe('ScriptLifetime', () => {
  it('ends when a newer detector announces itself, and not on its own announcement', () => {
    const older = new ScriptLifetime(document, () => true);
    const ended: string[] = [];
    older.onInvalidated(() => ended.push('older'));
    older.announce();
    expect(older.isInvalid).toBe(false);
    const newer = new ScriptLifetime(document, () => true);
    newer.onInvalidated(() => ended.push('newer'));
    newer.announce();
    expect(ended).toEqual(['older']);
    expect(older.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
    newer.end();
  });

  it('ends once the extension runtime is gone, and runs a listener added after the end at once', () => {
    let alive = true;
    const lifetime = new ScriptLifetime(document, () => alive);
    let calls = 0;
    const remove = lifetime.onInvalidated(() => (calls += 1));
    expect(lifetime.isInvalid).toBe(false);
    alive = false;
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.isInvalid).toBe(true);
    expect(calls).toBe(1);
    remove();
    let late = 0;
    lifetime.onInvalidated(() => (late += 1));
    expect(late).toBe(1);
  });
});
