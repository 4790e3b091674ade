import { measureChineseShare } from './chinese-text.ts';
import { MIN_CHINESE_SHARE, MIN_HAN_CHARACTERS } from './limits.ts';

/** Whether a sample of page text is Chinese enough to be worth annotating. */
export function isChineseText(sample: string): boolean {
  return isChineseShare(measureChineseShare(sample));
}

/** The same decision from counts of Han characters and letters. */
export function isChineseShare({ han, letters }: { han: number; letters: number }): boolean {
  return han >= MIN_HAN_CHARACTERS && letters > 0 && han / letters >= MIN_CHINESE_SHARE;
}
