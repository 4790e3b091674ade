// The tooltip's place in the page: one host element with a closed shadow root, so that page CSS
// cannot restyle it, its CSS does not leak out and page scripts cannot press its buttons. Kept
// inside the viewport: below the term when there is room, above otherwise, shifted sideways to fit.
import { render } from 'preact';
import { warnOf } from '../shared/failures.ts';
import { TOOLTIP_TAG, type TooltipActions, type TooltipContent, type TooltipView } from '../shared/tooltip.ts';
import { Tooltip } from './Tooltip.tsx';
import tooltipCss from './tooltip.css?inline';

const GAP = 6;
const MARGIN = 8;

export class TooltipHost implements TooltipView {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private current: { anchor: Element; content: TooltipContent } | null = null;
  /** While a tooltip is shown: the scroll and resize listeners that keep it by its term. */
  private following: AbortController | null = null;
  private frame = 0;

  constructor(
    private readonly document: Document,
    private readonly actions: TooltipActions,
  ) {}

  get anchor(): Element | null {
    return this.current?.anchor ?? null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  show(anchor: Element, content: TooltipContent): void {
    const host = this.ensureHost();
    this.current = { anchor, content };
    this.draw();
    host.style.setProperty('display', 'block', 'important');
    this.place(anchor);
    this.follow();
  }

  hide(): void {
    this.current = null;
    this.unfollow();
    this.host?.style.setProperty('display', 'none', 'important');
  }

  destroy(): void {
    this.unfollow();
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.current = null;
  }

  private draw(): void {
    const current = this.current;
    if (!current || !this.mount) return;
    const { content } = current;
    render(
      <Tooltip
        content={content}
        canSpeak={this.actions.canSpeak()}
        saved={this.actions.isSaved(content)}
        onSpeak={() => this.actions.speak(content)}
        onSave={() => {
          this.actions
            .save(content)
            .catch(warnOf('could not save the word'))
            .finally(() => this.draw());
        }}
      />,
      this.mount,
    );
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.document.createElement(TOOLTIP_TAG);
    // Closed: page scripts cannot reach the buttons inside (host.shadowRoot is null to them).
    const shadow = host.attachShadow({ mode: 'closed' });
    // And a click the reader did not make (a script's dispatchEvent or click()) stops here,
    // before it reaches a button: only the reader saves words.
    shadow.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) event.stopPropagation();
      },
      { capture: true },
    );
    const style = this.document.createElement('style');
    style.textContent = tooltipCss;
    const mount = this.document.createElement('div');
    shadow.append(style, mount);
    // On <html>, after <body>: the body's own DOM stays exactly the page's.
    this.document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return host;
  }

  /**
   * The tooltip is fixed to the viewport: when the page (or any scrolling box in it) scrolls, or
   * the window is resized, it moves with its term, once per frame; when the term leaves the
   * viewport (or the page), it closes.
   */
  private follow(): void {
    const view = this.document.defaultView;
    if (this.following || !view) return;
    this.following = new AbortController();
    const onMove = () => {
      if (this.frame !== 0) return;
      this.frame = view.requestAnimationFrame(() => {
        this.frame = 0;
        const anchor = this.current?.anchor;
        if (!anchor) return;
        const rect = anchor.getBoundingClientRect();
        const gone = !anchor.isConnected || rect.bottom < 0 || rect.top > view.innerHeight || rect.right < 0 || rect.left > view.innerWidth;
        if (gone) this.hide();
        else this.place(anchor);
      });
    };
    const { signal } = this.following;
    view.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
    view.addEventListener('resize', onMove, { passive: true, signal });
  }

  private unfollow(): void {
    this.following?.abort();
    this.following = null;
    if (this.frame !== 0) this.document.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private place(anchor: Element): void {
    const host = this.host;
    if (!host) return;
    const view = this.document.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const target = anchor.getBoundingClientRect();
    const size = host.getBoundingClientRect();
    const spaceBelow = height - target.bottom - GAP - MARGIN;
    const spaceAbove = target.top - GAP - MARGIN;
    // Below when it fits (or fits better there), else above; never outside the viewport.
    const preferred = size.height <= spaceBelow || spaceBelow >= spaceAbove ? target.bottom + GAP : target.top - GAP - size.height;
    const top = Math.min(Math.max(MARGIN, preferred), Math.max(MARGIN, height - size.height - MARGIN));
    const left = Math.min(Math.max(MARGIN, target.left), Math.max(MARGIN, width - size.width - MARGIN));
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}
