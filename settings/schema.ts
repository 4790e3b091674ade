// The settings: their types, defaults and ranges, and the validation every read goes through.
// Pure: no storage here, so the rules are tested directly.
import { ENTRY_KINDS, type EntryKind } from '../engine/dictionary-format.ts';
import { siteKey } from './site-key.ts';

export { siteKey };

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

type Check<T> = (value: unknown) => value is T;
const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (value): value is T =>
    typeof value === 'string' && (values as string[]).includes(value);
const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

const CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: isBoolean,
  // A list is checked entry by entry in validateSettings: one bad site never costs the others.
  disabledSites: (value): value is string[] => Array.isArray(value),
  pinyinVisible: isBoolean,
  toneStyle: oneOf('marks', 'numbers'),
  toneColors: isBoolean,
  pinyinSize: (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= PINYIN_SIZE_RANGE.min && value <= PINYIN_SIZE_RANGE.max,
  pinyinScope: oneOf('terms', 'all'),
  // A kind the stored object does not name (one added by an update) takes its default; a kind
  // named with something other than true or false makes the whole field invalid.
  kinds: (value): value is Record<EntryKind, boolean> =>
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ENTRY_KINDS.every((kind) => !(kind in value) || typeof (value as Record<string, unknown>)[kind] === 'boolean'),
  tooltipTrigger: oneOf('hover', 'click'),
  tooltipScript: oneOf('simplified', 'traditional', 'page'),
  annotateScope: oneOf('article', 'page'),
};

export interface ValidatedSettings {
  settings: Settings;
  /** Fields whose stored value was missing the mark (corrupt, wrong type, out of range) and fell back to the default. */
  reset: (keyof Settings)[];
  /** Entries of `disabledSites` that are no hostname, left out (the other sites are kept). */
  droppedSites: string[];
}

/** The kinds a stored object names, nothing else. */
function pickKinds(value: Record<string, unknown>): Partial<Record<EntryKind, boolean>> {
  return Object.fromEntries(ENTRY_KINDS.filter((kind) => typeof value[kind] === 'boolean').map((kind) => [kind, value[kind] as boolean]));
}

/** The sites of a stored list in the browser's form, once each, and what could not be read as one. */
function readSites(list: readonly unknown[]): { sites: string[]; dropped: string[] } {
  const sites = new Set<string>();
  const dropped: string[] = [];
  for (const entry of list) {
    const site = typeof entry === 'string' ? siteKey(entry) : undefined;
    if (site === undefined) dropped.push(typeof entry === 'string' ? entry : JSON.stringify(entry) ?? String(entry));
    else sites.add(site);
  }
  return { sites: [...sites], dropped };
}

/**
 * Settings from whatever storage held: each field that is present and valid is kept, each that
 * is invalid falls back to its default (and is reported), each that is missing takes its default.
 */
export function validateSettings(stored: unknown): ValidatedSettings {
  const source = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const reset: (keyof Settings)[] = [];
  let droppedSites: string[] = [];
  const settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, disabledSites: [] } as Settings;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if (!(CHECKS[key] as Check<unknown>)(value)) {
      reset.push(key);
    } else if (key === 'kinds') {
      settings.kinds = { ...DEFAULT_SETTINGS.kinds, ...pickKinds(value as Record<string, unknown>) };
    } else if (key === 'disabledSites') {
      const { sites, dropped } = readSites(value as unknown[]);
      settings.disabledSites = sites;
      droppedSites = dropped;
    } else {
      (settings as unknown as Record<string, unknown>)[key] = structuredClone(value);
    }
  }
  if (stored !== null && stored !== undefined && source !== stored) reset.push(...(Object.keys(CHECKS) as (keyof Settings)[]));
  return { settings, reset: [...new Set(reset)], droppedSites };
}

/**
 * The settings from the items storage.local holds: `settings`, or before it existed the first
 * build's single on/off key `enabled`. What every reader of storage validates.
 */
export function settingsFromStorage(items: Record<string, unknown>): ValidatedSettings {
  const stored = items.settings ?? null;
  if (stored === null && typeof items.enabled === 'boolean') return { settings: { ...validateSettings(null).settings, enabled: items.enabled }, reset: [], droppedSites: [] };
  return validateSettings(stored);
}

/** Whether Guanhua is switched off for the site of this hostname (as the page reports it). */
export function isSiteOff(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(siteKey(hostname) ?? hostname.toLowerCase());
}

/** Whether Guanhua should run on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteOff(settings, hostname);
}
