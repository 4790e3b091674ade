// How long the detector's work on a page may go on: until the extension is reloaded, updated or
// removed (its runtime is gone), or a newer copy of the detector starts on the same page. What
// WXT's content-script context does, without its runtime in the script every page runs.

/** Dispatched on the document by a detector that starts Guanhua on a page; older copies stop. */
export const DETECTOR_STARTED_EVENT = 'guanhua:detector-started';

export class ScriptLifetime {
  private readonly listeners = new Set<() => void>();
  private ended = false;
  private readonly id = Math.random().toString(36).slice(2);

  /** `runtimeAlive` says whether the extension's runtime is still there (browser.runtime.id). */
  constructor(
    private readonly document: Document,
    private readonly runtimeAlive: () => boolean,
  ) {
    const onStarted = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail !== this.id) this.end();
    };
    document.addEventListener(DETECTOR_STARTED_EVENT, onStarted);
    this.listeners.add(() => document.removeEventListener(DETECTOR_STARTED_EVENT, onStarted));
  }

  /** Tells older copies of the detector on this page to stop: this one takes over. */
  announce(): void {
    this.document.dispatchEvent(new CustomEvent(DETECTOR_STARTED_EVENT, { detail: this.id }));
  }

  get isInvalid(): boolean {
    if (!this.ended && !this.runtimeAlive()) this.end();
    return this.ended;
  }

  /** Calls `listener` once when the lifetime ends; returns a function that removes it. */
  onInvalidated(listener: () => void): () => void {
    if (this.ended) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        console.warn('Guanhua could not stop cleanly:', error);
      }
    }
    this.listeners.clear();
  }
}
