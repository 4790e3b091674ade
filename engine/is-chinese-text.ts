import { measureChineseShare } from './chinese-text.ts';
import { MIN_CHINESE_SHARE, MIN_HAN_CHARACTERS } from './limits.ts';

/** Whether a sample of page text is Chinese enough to be worth annotating. */
export function isChineseText(sample: string): boolean {
  const { han, share } = measureChineseShare(sample);
  return han >= MIN_HAN_CHARACTERS && share >= MIN_CHINESE_SHARE;
}
