// Tunable numbers of the page adapter, each with its reason.

/**
 * Annotation work runs in slices of at most this many milliseconds, then yields to the page.
 * Under the 50 ms that counts as a long task with room to spare for the page's own work in the
 * same frame; smaller slices add scheduling overhead on pages with thousands of paragraphs.
 */
export const WORK_SLICE_MS = 8;

/** Hiding the tooltip waits this long after the pointer leaves a term, so it can move onto the tooltip. */
export const TOOLTIP_HIDE_DELAY_MS = 250;

/**
 * The page's list of terms (for the popup and the badge) is sent this long after annotation
 * last changed: counting walks every mark on the page, too much to repeat after every slice
 * of a long article.
 */
export const REPORT_DELAY_MS = 300;

/**
 * A page whose article holds more text than this is annotated near the viewport first, and the
 * rest as the reader scrolls towards it. Every change to a long page costs the browser a relayout
 * of the whole article (measured: a 1 MB page with 10,000 paragraphs spends far longer in layout
 * than in Guanhua's own code), so marking text nobody is looking at makes reading slower. The
 * sample article (9 KB) is annotated whole at once.
 */
export const EAGER_TEXT_LIMIT = 60_000;

/** How far outside the viewport lazily annotated text is marked in advance (CSS margin). */
export const LAZY_ROOT_MARGIN = '1500px 0px';

/** Blocks handed to the IntersectionObserver per step: a few milliseconds' work, checked against the slice deadline. */
export const OBSERVE_BATCH = 250;

/**
 * Consecutive paragraphs of a long page released together when the first or last of them comes
 * near the viewport. Small enough that a group (about 25 × 60 px of text) is shorter than the
 * viewport plus the margins on both sides, so no visible paragraph is missed; large enough to
 * cut the IntersectionObserver's targets twelvefold.
 */
export const LAZY_GROUP = 25;

/**
 * A page without Chinese at load is looked at again when its DOM changes (page/chinese-watch.ts):
 * first this long after a change, so that a single-page app's article is usually found within
 * half a second of rendering…
 */
export const LATE_CHINESE_FIRST_DELAY_MS = 500;

/**
 * …then, after each look that finds none, twice as long, up to this: a page that keeps changing
 * and never has Chinese (a live ticker, a chat) costs one bounded read of its text every 16 s.
 */
export const LATE_CHINESE_MAX_DELAY_MS = 16_000;
