// @vitest-environment happy-dom
// Only the reader acts: what the page's own scripts can and cannot make Guanhua do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TooltipHost } from '../../components/tooltip-host.tsx';
import { attachInteractions, type InteractionTarget } from '../../page/interactions.ts';
import { TERM_TAG } from '../../page/render-terms.ts';
import { TOOLTIP_TAG, type TooltipContent } from '../../shared/tooltip.ts';

const CONTENT: TooltipContent = { key: '市委书记', term: '市委书记', pinyin: 'shì wěi shū ji', kind: 'title', gloss: 'Secretary of the CPC Municipal Committee' };

/** A target that records what it was asked to do, over the terms on the page. */
function recordingTarget() {
  let current: Element | null = null;
  const shown: string[] = [];
  const target: InteractionTarget = {
    show(term) {
      current = term;
      shown.push(term.textContent ?? '');
    },
    trigger: () => 'hover',
    hide() {
      current = null;
    },
    inTooltip: () => false,
    terms: () => [...document.querySelectorAll(TERM_TAG)],
    current: () => current,
  };
  return { target, shown };
}

function altShiftDown(at: EventTarget): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true });
  at.dispatchEvent(event);
  return event;
}

describe('the term interactions', () => {
  let detach: () => void = () => undefined;

  beforeEach(() => {
    const term = (text: string) => Object.assign(document.createElement(TERM_TAG), { tabIndex: 0, textContent: text });
    const paragraph = document.createElement('p');
    paragraph.append(term('市委书记'), '和', term('市长'));
    const editable = (value: string, text: string) => {
      const box = document.createElement('div');
      box.setAttribute('contenteditable', value);
      box.append(Object.assign(document.createElement('span'), { textContent: text }));
      return box;
    };
    document.body.replaceChildren(paragraph, document.createElement('textarea'), editable('true', '草稿'), editable('false', '只读'));
  });

  afterEach(() => detach());

  it('ignore events a page script dispatches', () => {
    const { target, shown } = recordingTarget();
    detach = attachInteractions(document, target);
    const term = document.querySelector(TERM_TAG) as Element;
    term.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    term.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const key = altShiftDown(document.body);
    expect(shown).toEqual([]);
    expect(key.defaultPrevented).toBe(false);
  });

  it('open a tooltip on the reader’s hover and move from term to term with Alt+Shift+↓', () => {
    const { target, shown } = recordingTarget();
    detach = attachInteractions(document, target, () => true);
    document.querySelector(TERM_TAG)?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    const key = altShiftDown(document.body);
    expect(shown[0]).toBe('市委书记');
    expect(shown.at(-1)).toBe('市长');
    expect(document.activeElement?.textContent).toBe('市长');
    expect(key.defaultPrevented).toBe(true);
  });

  it('leave Alt+Shift+↓ to a field the reader is typing in', () => {
    const { target, shown } = recordingTarget();
    detach = attachInteractions(document, target, () => true);
    const fields = [document.querySelector('textarea'), document.querySelector('[contenteditable="true"] span')];
    for (const field of fields) expect(altShiftDown(field as Element).defaultPrevented).toBe(false);
    expect(shown).toEqual([]);
    // contenteditable="false" is no field: the shortcut works there.
    expect(altShiftDown(document.querySelector('[contenteditable="false"] span') as Element).defaultPrevented).toBe(true);
  });
});

describe('the tooltip', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.querySelector(TOOLTIP_TAG)?.remove();
  });

  it('keeps its shadow root from page scripts, and a scripted click saves nothing', async () => {
    // The test keeps the root the page cannot see, to press the button as a script would.
    const roots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const save = vi.fn(() => Promise.resolve());
    const host = new TooltipHost(document, { canSpeak: () => false, speak: () => undefined, save, isSaved: () => false });
    document.body.replaceChildren(Object.assign(document.createElement(TERM_TAG), { textContent: '市委书记' }));
    host.show(document.querySelector(TERM_TAG) as Element, CONTENT);

    const element = document.querySelector(TOOLTIP_TAG) as HTMLElement;
    expect(element.shadowRoot).toBeNull();
    const button = roots[0]?.querySelector('button[aria-label^="Save"]') as HTMLButtonElement | null;
    expect(button).not.toBeNull();
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.resolve();
    expect(save).not.toHaveBeenCalled();
    host.destroy();
  });

  it('follows its term when the page scrolls, and closes when the term leaves the viewport', async () => {
    const host = new TooltipHost(document, { canSpeak: () => false, speak: () => undefined, save: () => Promise.resolve(), isSaved: () => false });
    const term = Object.assign(document.createElement(TERM_TAG), { textContent: '市委书记' });
    document.body.replaceChildren(term);
    let top = 100;
    term.getBoundingClientRect = () => ({ top, bottom: top + 20, left: 50, right: 110, width: 60, height: 20, x: 50, y: top, toJSON: () => ({}) });
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    host.show(term, CONTENT);
    const element = document.querySelector(TOOLTIP_TAG) as HTMLElement;
    const placedAt = () => Number.parseFloat(element.style.getPropertyValue('top'));
    const first = placedAt();

    top = 60;
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(placedAt()).toBe(first - 40);
    expect(host.anchor).toBe(term);

    top = -200;
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(host.anchor).toBeNull();
    expect(element.style.getPropertyValue('display')).toBe('none');
    host.destroy();
  });
});
