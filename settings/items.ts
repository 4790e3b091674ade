// Settings shared by the popup, the content script and the background worker.
// The typed, versioned schema arrives with the popup issue; for now there is one switch.
import { storage } from 'wxt/utils/storage';

/** Whether Guanhua annotates pages at all. On by default: installing it is asking for it. */
export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: true,
});
