// The settings: their types, defaults and ranges, and the validation every read goes through.
// Pure: no storage here, so the rules are tested directly.
import { ENTRY_KINDS, type EntryKind } from '../engine/dictionary-format.ts';

export type ToneStyle = 'marks' | 'numbers';
export type PinyinScope = 'terms' | 'all';
export type TooltipTrigger = 'hover' | 'click';
export type TooltipScript = 'simplified' | 'traditional' | 'page';
export type AnnotateScope = 'article' | 'page';

export interface Settings {
  /** Guanhua on for all pages. */
  enabled: boolean;
  /** Hostnames where Guanhua stays off. */
  disabledSites: string[];
  pinyinVisible: boolean;
  toneStyle: ToneStyle;
  toneColors: boolean;
  /** Pinyin size as a percentage of the default (half the text size). */
  pinyinSize: number;
  /** Pinyin over the marked terms only, or over every Chinese character of the article. */
  pinyinScope: PinyinScope;
  /** Which kinds of term are marked. */
  kinds: Record<EntryKind, boolean>;
  tooltipTrigger: TooltipTrigger;
  /** The script the tooltip writes the term in. */
  tooltipScript: TooltipScript;
  /** The article only (found by a readability-style score), or the whole page. */
  annotateScope: AnnotateScope;
}

export const PINYIN_SIZE_RANGE = { min: 70, max: 160, step: 10 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  pinyinVisible: true,
  toneStyle: 'marks',
  toneColors: false,
  pinyinSize: 100,
  pinyinScope: 'terms',
  kinds: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, true])) as Record<EntryKind, boolean>,
  tooltipTrigger: 'hover',
  tooltipScript: 'page',
  annotateScope: 'article',
});

const HOSTNAME = /^[a-z0-9.-]+(:\d+)?$/i;

type Check<T> = (value: unknown) => value is T;
const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (value): value is T =>
    typeof value === 'string' && (values as string[]).includes(value);
const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

const CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: isBoolean,
  disabledSites: (value): value is string[] =>
    Array.isArray(value) && value.every((site) => typeof site === 'string' && HOSTNAME.test(site)),
  pinyinVisible: isBoolean,
  toneStyle: oneOf('marks', 'numbers'),
  toneColors: isBoolean,
  pinyinSize: (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= PINYIN_SIZE_RANGE.min && value <= PINYIN_SIZE_RANGE.max,
  pinyinScope: oneOf('terms', 'all'),
  kinds: (value): value is Record<EntryKind, boolean> =>
    !!value && typeof value === 'object' && ENTRY_KINDS.every((kind) => typeof (value as Record<string, unknown>)[kind] === 'boolean'),
  tooltipTrigger: oneOf('hover', 'click'),
  tooltipScript: oneOf('simplified', 'traditional', 'page'),
  annotateScope: oneOf('article', 'page'),
};

export interface ValidatedSettings {
  settings: Settings;
  /** Fields whose stored value was missing the mark (corrupt, wrong type, out of range) and fell back to the default. */
  reset: (keyof Settings)[];
}

/**
 * Settings from whatever storage held: each field that is present and valid is kept, each that
 * is invalid falls back to its default (and is reported), each that is missing takes its default.
 */
export function validateSettings(stored: unknown): ValidatedSettings {
  const source = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const reset: (keyof Settings)[] = [];
  const settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, disabledSites: [] } as Settings;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if ((CHECKS[key] as Check<unknown>)(value)) {
      (settings as unknown as Record<string, unknown>)[key] = structuredClone(value);
    } else {
      reset.push(key);
    }
  }
  if (stored !== null && stored !== undefined && source !== stored) reset.push(...(Object.keys(CHECKS) as (keyof Settings)[]));
  return { settings, reset: [...new Set(reset)] };
}

/** Whether Guanhua should run on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
