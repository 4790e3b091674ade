// How the settings for the look of pinyin show on the page: attributes on <html> and one CSS
// property that page-style.css reads. Changing them costs no re-scan of the page.
import type { Settings } from '../settings/schema.ts';

export const PINYIN_SCALE_PROPERTY = '--guanhua-pinyin-scale';

export interface Display {
  attributes: Record<'data-guanhua-pinyin' | 'data-guanhua-tones' | 'data-guanhua-tone-colors', string>;
  /** The pinyin size as a factor, or null for the default size (no property set). */
  pinyinScale: string | null;
}

/** The display of a set of settings: pinyin shown or hidden, tone marks or numbers, tone colours, size. */
export function displayOf(settings: Pick<Settings, 'pinyinVisible' | 'toneStyle' | 'toneColors' | 'pinyinSize'>): Display {
  return {
    attributes: {
      'data-guanhua-pinyin': settings.pinyinVisible ? 'shown' : 'hidden',
      'data-guanhua-tones': settings.toneStyle,
      'data-guanhua-tone-colors': settings.toneColors ? 'on' : 'off',
    },
    pinyinScale: settings.pinyinSize === 100 ? null : String(settings.pinyinSize / 100),
  };
}

export function applyDisplay(root: HTMLElement, display: Display): void {
  for (const [name, value] of Object.entries(display.attributes)) root.setAttribute(name, value);
  if (display.pinyinScale === null) root.style.removeProperty(PINYIN_SCALE_PROPERTY);
  else root.style.setProperty(PINYIN_SCALE_PROPERTY, display.pinyinScale);
  if (root.getAttribute('style') === '') root.removeAttribute('style');
}

/** Takes the display out again, leaving the page's own style attribute as it was. */
export function clearDisplay(root: HTMLElement): void {
  for (const name of Object.keys(displayOf({ pinyinVisible: true, toneStyle: 'marks', toneColors: false, pinyinSize: 100 }).attributes)) {
    root.removeAttribute(name);
  }
  root.style.removeProperty(PINYIN_SCALE_PROPERTY);
  if (root.getAttribute('style') === '') root.removeAttribute('style');
}
