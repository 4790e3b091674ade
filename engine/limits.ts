// Every tunable number of the engine, each with the reason for its value.

/**
 * A page counts as Chinese when at least this share of its letters are Han characters.
 * Chinese news pages run far above this (the seed article is over 95%); English pages that
 * quote a Chinese name or two stay far below it. Lower it and bilingual pages with a short
 * Chinese caption get scanned for nothing; raise it and Chinese pages with long English
 * menus get skipped.
 */
export const MIN_CHINESE_SHARE = 0.2;

/**
 * ...and it must also hold at least this many Han characters, so that a single "中文" language
 * switch link on an otherwise empty page does not wake the annotator.
 */
export const MIN_HAN_CHARACTERS = 20;

/**
 * The detector reads at most this many characters of page text. Enough to cover a headline and
 * the first paragraphs of any article; reading a whole 1 MB page just to decide would cost more
 * than the decision is worth.
 */
export const DETECTION_SAMPLE_CHARS = 20_000;
