import { defineContentScript } from 'wxt/utils/define-content-script';
import { enabledItem } from '../settings/items.ts';
import { applyPageState } from '../page/start.ts';
import { clearPageState } from '../page/page-state.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    applyPageState({ document, enabled: await enabledItem.getValue() });

    // The popup's switch applies to open pages at once, without a reload.
    const unwatch = enabledItem.watch((enabled) => {
      applyPageState({ document, enabled });
    });
    ctx.onInvalidated(() => {
      unwatch();
      clearPageState(document.documentElement);
    });
  },
});
