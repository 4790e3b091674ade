// The content script is a small detector that runs on every page. It is built apart from WXT's
// entry points, as a plain script (scripts/lib/build-detector.ts, declared in wxt.config.ts's
// manifest), so that it carries no framework runtime, not even WXT's script wrapper. It decides whether the page is
// Chinese (now, or later when a single-page app renders its article); only then does it read the
// settings (one plain storage read) and, where Guanhua is on, load the annotator bundle
// (entrypoints/annotator/), which takes over the page. Pages without Chinese never load the
// engine, the dictionary, pinyin-pro or a storage library.
import { browser } from 'wxt/browser';
import { watchForChinese } from './chinese-watch.ts';
import { frameRole } from './frame-role.ts';
import { clearPageState, setPageState } from './page-state.ts';
import { pageLooksChinese } from './read-sample.ts';
import { ScriptLifetime } from './script-lifetime.ts';
import { markTiming } from './timing.ts';
import { activeInStorage } from '../settings/active.ts';
import { ANNOTATOR_GLOBAL, type StartAnnotator } from '../shared/annotator-contract.ts';
import { warnOf } from '../shared/failures.ts';
import { answerMessages, isPageRequest, type PageTermsReply } from '../shared/messages.ts';
import { importScriptGlobal } from '../shared/script-global.ts';

async function loadAnnotator(): Promise<StartAnnotator> {
  const start = await importScriptGlobal<StartAnnotator>('/annotator.js', ANNOTATOR_GLOBAL);
  markTiming('guanhua:loaded');
  return start;
}

/** The frame the detector runs in (the manifest runs it in every frame: all_frames). */
const role = frameRole(window);

/** Until the bundle runs, the detector answers the popup: the page's state and no terms (the top frame only). */
function answerWith(state: 'not-chinese' | 'off'): () => void {
  if (role !== 'top') return () => undefined;
  return answerMessages((message) =>
    isPageRequest(message) && message.type === 'guanhua:page-terms'
      ? Promise.resolve<PageTermsReply>({ state, hostname: location.hostname, terms: [] })
      : undefined,
  );
}

/** What the content script does when the browser runs it on a page. */
export function startDetector(): void {
  // Only the page's own frames are read.
  if (role === 'cross-origin') return;
  markTiming('guanhua:start');
  const ctx = new ScriptLifetime(document, () => browser.runtime?.id !== undefined);
  if (pageLooksChinese(document)) {
    onChinesePage(ctx);
    return;
  }
  // Most pages: one bounded walk over the text, no storage, nothing loaded, and nothing on the
  // page that would tell its scripts Guanhua is installed.
  const stopAnswering = answerWith('not-chinese');
  const stopWatching = watchForChinese(document, () => {
    stopAnswering();
    onChinesePage(ctx);
  });
  ctx.onInvalidated(() => {
    stopAnswering();
    stopWatching();
  });
}

/**
 * The page is Chinese: where Guanhua is on for it, the bundle starts with what storage held here;
 * where it is off, the detector waits (a storage listener) until it is switched on.
 */
function onChinesePage(ctx: ScriptLifetime): void {
  let stopAnswering: (() => void) | null = null;
  let started = false;
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && 'settings' in changes) decide({ settings: changes.settings?.newValue });
  };
  const stopWaiting = () => {
    browser.storage.onChanged.removeListener(onChanged);
    stopAnswering?.();
    stopAnswering = null;
  };
  const decide = (stored: Record<string, unknown>) => {
    if (started) return;
    if (!activeInStorage(stored, location.hostname)) {
      setPageState(document.documentElement, 'off');
      stopAnswering ??= answerWith('off');
      return;
    }
    started = true;
    stopWaiting();
    // A copy of the detector left from before an update stops, with its marks: this one starts afresh.
    ctx.announce();
    loadAnnotator()
      .then((start) => {
        if (ctx.isInvalid) return;
        const session = start(stored);
        ctx.onInvalidated(() => session.dispose());
      })
      // Never break the page: without the annotator the page simply stays as it is.
      .catch(warnOf('could not start on this page'));
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    stopWaiting();
    if (!started) clearPageState(document.documentElement);
  });
  browser.storage.local
    .get(['settings', 'enabled'])
    .then(decide)
    .catch(warnOf('could not read the settings'));
}
