// A page without Chinese when the content script runs may gain it later: a single-page app that
// renders its article after load, or navigates to one. This watches the page's DOM and looks
// again, at a bounded cost: one look (a bounded read of the text) at most every `delay`, the
// delay doubling after each look that finds no Chinese, up to `maxDelay`. Nothing is written to
// the page, so its scripts cannot tell.
import { LATE_CHINESE_FIRST_DELAY_MS, LATE_CHINESE_MAX_DELAY_MS } from './limits.ts';
import { pageLooksChinese } from './read-sample.ts';

export interface ChineseWatchOptions {
  /** Whether the page looks Chinese now (defaults to the detector's bounded read). */
  looksChinese?: (document: Document) => boolean;
  firstDelay?: number;
  maxDelay?: number;
}

/** Calls `found` once, when the page has gained Chinese; returns the function that stops watching. */
export function watchForChinese(document: Document, found: () => void, options: ChineseWatchOptions = {}): () => void {
  const looksChinese = options.looksChinese ?? pageLooksChinese;
  const maxDelay = options.maxDelay ?? LATE_CHINESE_MAX_DELAY_MS;
  let delay = options.firstDelay ?? LATE_CHINESE_FIRST_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  const look = () => {
    timer = undefined;
    if (stopped) return;
    if (looksChinese(document)) {
      stop();
      found();
      return;
    }
    delay = Math.min(delay * 2, maxDelay);
  };
  // Changes only schedule a look; however many arrive, one look per delay.
  const observer = new MutationObserver(() => {
    if (timer === undefined && !stopped) timer = setTimeout(look, delay);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
