// The content script is a small detector that runs on every page: it decides whether the page is
// Chinese (now, or later when a single-page app renders its article), and only then reads the
// settings and loads the annotator bundle (entrypoints/annotator/). Pages without Chinese never
// load the engine, the dictionary or pinyin-pro.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ANNOTATOR_GLOBAL, type AnnotatorRuntime, type CreateAnnotatorRuntime } from '../shared/annotator-contract.ts';
import { watchForChinese } from '../page/chinese-watch.ts';
import { warnOf } from '../shared/failures.ts';
import { answerMessages, isPageRequest, type PageTermsReply } from '../shared/messages.ts';
import { clearPageState, setPageState } from '../page/page-state.ts';
import { pageLooksChinese } from '../page/read-sample.ts';
import { markTiming } from '../page/timing.ts';
import { isActiveOn } from '../settings/schema.ts';
import { readSettings, watchSettings } from '../settings/store.ts';

async function loadAnnotator(): Promise<CreateAnnotatorRuntime> {
  const global = globalThis as Record<string, unknown>;
  if (typeof global[ANNOTATOR_GLOBAL] !== 'function') {
    await import(/* @vite-ignore */ browser.runtime.getURL('/annotator.js'));
    markTiming('guanhua:loaded');
  }
  const create = global[ANNOTATOR_GLOBAL];
  if (typeof create !== 'function') throw new Error('Guanhua: the annotator did not load');
  return create as CreateAnnotatorRuntime;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    markTiming('guanhua:start');
    if (pageLooksChinese(document)) {
      startOnChinesePage(ctx).catch(warnOf('could not start on this page'));
      return;
    }
    // Most pages: one short read of the page's text, no storage, nothing loaded, and nothing
    // on the page that would tell its scripts Guanhua is installed. Only the popup may ask. If
    // the page gains Chinese later (a single-page app), Guanhua starts then.
    const stopAnswering = answerMessages((message) =>
      isPageRequest(message) && message.type === 'guanhua:page-terms'
        ? Promise.resolve<PageTermsReply>({ state: 'not-chinese', hostname: location.hostname, terms: [] })
        : undefined,
    );
    const stopWatching = watchForChinese(document, () => {
      stopAnswering();
      startOnChinesePage(ctx).catch(warnOf('could not start on this page'));
    });
    ctx.onInvalidated(() => {
      stopAnswering();
      stopWatching();
    });
  },
});

/** The page has Chinese: settings decide whether Guanhua is on here, and every change applies at once. */
async function startOnChinesePage(ctx: ContentScriptContext): Promise<void> {
  let settings = await readSettings();
  let runtime: Promise<AnnotatorRuntime> | null = null;
  const active = () => isActiveOn(settings, location.hostname);

  const apply = () => {
    const on = active();
    setPageState(document.documentElement, on ? 'zh' : 'off');
    if (on) {
      runtime ??= loadAnnotator().then((create) => create(settings));
      // Never break the page: without the annotator the page simply stays as it is.
      runtime.then((loaded) => loaded.apply(settings)).catch(warnOf('could not start on this page'));
    } else {
      runtime?.then((loaded) => loaded.stop()).catch(warnOf('could not stop on this page'));
    }
  };
  apply();

  // Every setting applies to the open page at once, without a reload.
  const unwatch = watchSettings((next) => {
    settings = next;
    apply();
  });
  // The popup asks for this page's terms, and to show one of them.
  const stopAnswering = answerMessages((message) => {
    if (!isPageRequest(message)) return undefined;
    const loaded = runtime && active() ? runtime : Promise.resolve(null);
    if (message.type === 'guanhua:page-terms') {
      return loaded.then((page): PageTermsReply => ({
        state: document.documentElement.getAttribute('data-guanhua'),
        hostname: location.hostname,
        terms: page?.foundTerms() ?? [],
      }));
    }
    const { key } = message;
    return loaded.then((page) => ({ revealed: page?.reveal(key) ?? false }));
  });
  ctx.onInvalidated(() => {
    unwatch();
    stopAnswering();
    runtime?.then((loaded) => loaded.dispose()).catch(warnOf('could not clean up this page'));
    clearPageState(document.documentElement);
  });
}
