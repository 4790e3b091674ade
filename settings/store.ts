// The settings in storage.local: one versioned item, read through validation so that a missing,
// corrupt or out-of-range value falls back to its default instead of breaking anything.
import { storage } from 'wxt/utils/storage';
import { validateSettings, type Settings } from './schema.ts';

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
  };
}

/**
 * Defined on first use, not on import: a versioned item reads storage as soon as it is defined,
 * and the content script must not touch storage on pages without Chinese.
 */
let items: ReturnType<typeof defineItems> | undefined;
function storeItems(): ReturnType<typeof defineItems> {
  items ??= defineItems();
  return items;
}

async function migrateLegacy(): Promise<unknown> {
  const { settings: settingsItem, legacyEnabled: legacyEnabledItem } = storeItems();
  const enabled = await legacyEnabledItem.getValue();
  if (typeof enabled !== 'boolean') return null;
  const migrated = { ...validateSettings(null).settings, enabled };
  await settingsItem.setValue(migrated);
  await legacyEnabledItem.removeValue();
  return migrated;
}

/**
 * The current settings. Invalid stored fields read as their defaults; the repaired settings are
 * stored (the valid fields kept) and the reset fields noted for the popup to mention once.
 */
export async function loadSettings(): Promise<Settings> {
  const { settings: settingsItem, resetNotice: resetNoticeItem } = storeItems();
  const stored = (await settingsItem.getValue()) ?? (await migrateLegacy());
  const { settings, reset } = validateSettings(stored);
  if (reset.length > 0) {
    const noted = await resetNoticeItem.getValue();
    await resetNoticeItem.setValue([...new Set([...(Array.isArray(noted) ? noted : []), ...reset])]);
    await settingsItem.setValue(settings);
  }
  return settings;
}

/** Changes are applied one after another, so that quick successive changes never undo each other. */
let pending: Promise<unknown> = Promise.resolve();

/** Changes some settings and stores the whole, valid object. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = pending.then(async () => {
    const current = await loadSettings();
    const { settings } = validateSettings({ ...current, ...patch });
    await storeItems().settings.setValue(settings);
    return settings;
  });
  pending = next.catch(() => undefined);
  return next;
}

/** Calls back with the (validated) settings after every change, from any part of the extension. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return storeItems().settings.watch((value) => callback(validateSettings(value).settings));
}

/** The fields reset to defaults since the popup last said so; reading clears the note. */
export async function takeResetNotice(): Promise<string[]> {
  const { resetNotice: resetNoticeItem } = storeItems();
  const noted = await resetNoticeItem.getValue();
  if (!Array.isArray(noted) || noted.length === 0) return [];
  await resetNoticeItem.setValue([]);
  return noted.filter((field): field is string => typeof field === 'string');
}
