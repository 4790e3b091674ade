// Work on the page in short slices: at most WORK_SLICE_MS of it, then the page gets the main
// thread back (for input, its own scripts, rendering) before the next slice. Between slices it
// yields with scheduler.yield() where the browser has it (the continuation runs ahead of other
// queued tasks, so a small article finishes sooner), and a zero-delay timer otherwise.
import { WORK_SLICE_MS } from './limits.ts';

/** One step of work, given the slice's deadline: whether work remains. */
export type Step = (deadline: number) => boolean;

export interface SchedulerOptions {
  /** The clock the slices are measured with. */
  now?: () => number;
  sliceMs?: number;
  /** Hands the thread back to the page until the next slice may run. */
  yieldToPage?: () => Promise<void>;
  /** Told when work begins after an idle time, and when it runs out. */
  onBusy?: () => void;
  onIdle?: () => void;
  /** Called after each slice, before the page gets the thread (to collect what the slice changed). */
  afterSlice?: () => void;
}

/** Gives the page the main thread until the next task: scheduler.yield() where the browser has it. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class SliceScheduler {
  private running = false;
  private stopped = false;
  /** Woken while running: work may have come in after the step last said there was none. */
  private woken = false;
  private paused: Promise<unknown> | null = null;
  private readonly now: () => number;
  private readonly sliceMs: number;
  private readonly yieldToPage: () => Promise<void>;

  constructor(
    private readonly step: Step,
    private readonly options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.sliceMs = options.sliceMs ?? WORK_SLICE_MS;
    this.yieldToPage = options.yieldToPage ?? yieldToPage;
  }

  /** There may be work: runs slices until the step says there is none (the first after a yield). */
  wake(): void {
    this.woken = true;
    if (this.running || this.stopped) return;
    this.running = true;
    this.options.onBusy?.();
    this.run().catch((error: unknown) => {
      this.running = false;
      console.warn('Guanhua stopped annotating this page:', error);
    });
  }

  /**
   * The step cannot go on until `ready` settles: the slices stop and start again after it,
   * without going idle in between. Called from within a step.
   */
  pauseUntil(ready: Promise<unknown>): void {
    this.paused = ready;
  }

  /** No more slices, ever; a slice under way finishes its step. */
  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      await this.yieldToPage();
      if (this.stopped) break;
      this.woken = false;
      const deadline = this.now() + this.sliceMs;
      let more: boolean;
      do more = this.step(deadline);
      while (more && this.now() < deadline && !this.stopped);
      this.options.afterSlice?.();
      const paused = this.paused;
      if (paused) {
        this.paused = null;
        await paused.catch(() => undefined);
        continue;
      }
      if (!more && !this.woken) break;
    }
    this.running = false;
    if (!this.stopped) this.options.onIdle?.();
  }
}
