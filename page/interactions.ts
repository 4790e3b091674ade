// How a reader reaches the explanations: hover, keyboard focus, tap, Esc, and a shortcut that
// moves from term to term (Alt+Shift+↓ / Alt+Shift+↑).
import { TOOLTIP_HIDE_DELAY_MS } from './limits.ts';
import { TERM_TAG } from './render-terms.ts';

export interface InteractionTarget {
  show(term: Element): void;
  /** Hover opens the tooltip, or only a click (or tap, or keyboard focus) does. */
  trigger(): 'hover' | 'click';
  hide(): void;
  /** Whether a node is part of the tooltip (moving onto it keeps it open). */
  inTooltip(node: Node | null): boolean;
  /** The marked terms in document order. */
  terms(): Element[];
  current(): Element | null;
}

function termOf(node: EventTarget | null): Element | null {
  return node instanceof Element ? node.closest(TERM_TAG) : null;
}

/** Whether a key typed at `node` goes into a field the reader is writing in. */
function inEditableField(node: EventTarget | null): boolean {
  if (!(node instanceof Element)) return false;
  if (node.closest('input, textarea, select')) return true;
  const editable = node.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

/**
 * Listens on the document; returns the function that stops listening. Only the reader's own
 * input acts (`isTrusted`): a page script that dispatches events cannot open tooltips or move
 * between terms. Tests of the behaviour itself pass their own `accepts`.
 */
export function attachInteractions(document: Document, target: InteractionTarget, accepts: (event: Event) => boolean = (event) => event.isTrusted): () => void {
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => clearTimeout(hideTimer);
  const hideSoon = () => {
    cancelHide();
    hideTimer = setTimeout(() => target.hide(), TOOLTIP_HIDE_DELAY_MS);
  };

  const onPointerOver = (event: PointerEvent) => {
    if (!accepts(event)) return;
    if (event.pointerType === 'touch' || target.trigger() === 'click') return;
    const term = termOf(event.target);
    if (term) {
      cancelHide();
      if (target.current() !== term) target.show(term);
    } else if (target.inTooltip(event.target as Node)) {
      cancelHide();
    }
  };
  const onPointerOut = (event: PointerEvent) => {
    if (!accepts(event)) return;
    if (event.pointerType === 'touch' || target.trigger() === 'click') return;
    const into = event.relatedTarget as Node | null;
    if ((termOf(event.target) || target.inTooltip(event.target as Node)) && !termOf(into) && !target.inTooltip(into)) hideSoon();
  };
  const onClick = (event: MouseEvent) => {
    if (!accepts(event)) return;
    const term = termOf(event.target);
    if (term) {
      // A tap (no hover before it) toggles; a click after hover keeps it open.
      if (target.current() === term && (event as PointerEvent).pointerType === 'touch') target.hide();
      else target.show(term);
    } else if (!target.inTooltip(event.target as Node)) {
      target.hide();
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    if (!accepts(event)) return;
    const term = termOf(event.target);
    if (term) {
      cancelHide();
      target.show(term);
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!accepts(event)) return;
    if (termOf(event.target) && !termOf(event.relatedTarget) && !target.inTooltip(event.relatedTarget as Node)) hideSoon();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!accepts(event)) return;
    if (event.key === 'Escape' && target.current()) {
      target.hide();
      return;
    }
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    // Typing keeps its keys: Alt+Shift+↓ selects text in a field (⌥⇧↓ on macOS).
    if (inEditableField(event.composedPath()[0] ?? event.target)) return;
    const terms = target.terms();
    if (terms.length === 0) return;
    event.preventDefault();
    const current = target.current() ?? termOf(document.activeElement);
    const index = current ? terms.indexOf(current) : -1;
    const next =
      event.key === 'ArrowDown' ? terms[(index + 1) % terms.length] : terms[(index - 1 + terms.length) % terms.length];
    if (next instanceof HTMLElement) {
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      target.show(next);
    }
  };

  // One signal removes every listener at once.
  const listening = new AbortController();
  const { signal } = listening;
  document.addEventListener('pointerover', onPointerOver, { signal });
  document.addEventListener('pointerout', onPointerOut, { signal });
  document.addEventListener('click', onClick, { signal });
  document.addEventListener('focusin', onFocusIn, { signal });
  document.addEventListener('focusout', onFocusOut, { signal });
  document.addEventListener('keydown', onKeyDown, { signal });
  return () => {
    cancelHide();
    listening.abort();
  };
}
