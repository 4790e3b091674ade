// Timing marks for `npm run bench`, which builds with WXT_GUANHUA_TIMING=1. Other builds leave
// nothing on the page's performance timeline: a page could read the marks and learn that
// Guanhua is installed.
const TIMING = import.meta.env.WXT_GUANHUA_TIMING === '1';

export function markTiming(name: 'guanhua:start' | 'guanhua:loaded' | 'guanhua:ready' | 'guanhua:annotated'): void {
  if (TIMING) performance.mark(name);
}
