// The settings in storage.local: one versioned item, read through validation so that a missing,
// corrupt or out-of-range value falls back to its default instead of breaking anything.
import { storage } from 'wxt/utils/storage';
import { exclusive } from './exclusive.ts';
import { settingsFromStorage, validateSettings, type Settings, type ValidatedSettings } from './schema.ts';

/**
 * Version 1 is the settings object. Before it, the first build kept a single boolean under
 * `local:enabled`; `loadSettings` folds that in once.
 */
function defineItems() {
  return {
    settings: storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 }),
    legacyEnabled: storage.defineItem<unknown>('local:enabled', { fallback: null }),
    /** Fields that fell back to their defaults, for the popup to mention once. */
    resetNotice: storage.defineItem<string[]>('local:settingsReset', { fallback: [] }),
    /** Switched-off sites that could not be read as hostnames and were left out, likewise. */
    droppedSitesNotice: storage.defineItem<string[]>('local:settingsDroppedSites', { fallback: [] }),
  };
}

/**
 * Defined on first use, not on import: a versioned item reads storage as soon as it is defined,
 * and importing this module must cost nothing until the settings are needed.
 */
let items: ReturnType<typeof defineItems> | undefined;
function storeItems(): ReturnType<typeof defineItems> {
  items ??= defineItems();
  return items;
}

const SETTINGS_LOCK = 'guanhua:settings';

/**
 * The settings as storage holds them, validated (settingsFromStorage, as the detector reads
 * them), and whether they came from the first build's single on/off key.
 */
async function readStored(): Promise<ValidatedSettings & { legacy: boolean }> {
  const { settings: settingsItem, legacyEnabled: legacyEnabledItem } = storeItems();
  const settings = await settingsItem.getValue();
  const enabled = settings === null ? await legacyEnabledItem.getValue() : undefined;
  return { ...settingsFromStorage({ settings, enabled }), legacy: settings === null && typeof enabled === 'boolean' };
}

/** The current settings, read only (nothing repaired or noted). */
export async function readSettings(): Promise<Settings> {
  return (await readStored()).settings;
}

function noted(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads, and where storage held something invalid stores the repair; the caller holds the lock. */
async function repair(): Promise<Settings> {
  const { settings: settingsItem, legacyEnabled: legacyEnabledItem, resetNotice, droppedSitesNotice } = storeItems();
  const { settings, reset, droppedSites, legacy } = await readStored();
  if (reset.length > 0) await resetNotice.setValue([...new Set([...noted(await resetNotice.getValue()), ...reset])]);
  if (droppedSites.length > 0) await droppedSitesNotice.setValue([...new Set([...noted(await droppedSitesNotice.getValue()), ...droppedSites])]);
  if (legacy || reset.length > 0 || droppedSites.length > 0) await settingsItem.setValue(settings);
  if (legacy) await legacyEnabledItem.removeValue();
  return settings;
}

/**
 * The current settings, for the popup and the background. Invalid stored fields read as their
 * defaults and unreadable sites are left out; the repaired settings are stored (everything valid
 * kept) and what was reset or left out is noted for the popup to mention once.
 */
export function loadSettings(): Promise<Settings> {
  return exclusive(SETTINGS_LOCK, repair);
}

/**
 * Changes some settings and stores the whole, valid object; writers take turns
 * (settings/exclusive.ts). A change that depends on the current settings (a toggle) is a function
 * of them, so that it reads them in its own turn.
 */
export function updateSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  return exclusive(SETTINGS_LOCK, async () => {
    const current = await repair();
    const change = typeof patch === 'function' ? patch(current) : patch;
    const { settings, droppedSites } = validateSettings({ ...current, ...change });
    const { droppedSitesNotice } = storeItems();
    if (droppedSites.length > 0) await droppedSitesNotice.setValue([...new Set([...noted(await droppedSitesNotice.getValue()), ...droppedSites])]);
    await storeItems().settings.setValue(settings);
    return settings;
  });
}

/** Calls back with the (validated) settings after every change, from any part of the extension. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return storeItems().settings.watch((value) => callback(validateSettings(value).settings));
}

export interface ResetNotice {
  /** Fields reset to their defaults. */
  fields: string[];
  /** Switched-off sites left out because they are no hostname. */
  droppedSites: string[];
}

/** What was reset or left out since the popup last said so; reading clears the note. */
export function takeResetNotice(): Promise<ResetNotice> {
  return exclusive(SETTINGS_LOCK, async () => {
    const { resetNotice, droppedSitesNotice } = storeItems();
    const notice = { fields: noted(await resetNotice.getValue()), droppedSites: noted(await droppedSitesNotice.getValue()) };
    if (notice.fields.length > 0) await resetNotice.setValue([]);
    if (notice.droppedSites.length > 0) await droppedSitesNotice.setValue([]);
    return notice;
  });
}
