// Whether Guanhua is on for a page, straight from what storage.local holds: the detector's one
// question, answered without building (and shipping on every page) the whole settings schema.
// It answers as isActiveOn(settingsFromStorage(items).settings, hostname) does; a property test
// holds the two together (tests/unit/settings.test.ts).
import { siteKey } from './site-key.ts';

export function activeInStorage(items: Record<string, unknown>, hostname: string): boolean {
  const stored = items.settings ?? null;
  // Before `settings` existed, the first build kept a single on/off key.
  if (stored === null) return typeof items.enabled === 'boolean' ? items.enabled : true;
  // Anything but an object is reset to the defaults: on, for every site.
  if (typeof stored !== 'object' || Array.isArray(stored)) return true;
  const { enabled, disabledSites } = stored as { enabled?: unknown; disabledSites?: unknown };
  if (enabled === false) return false;
  if (!Array.isArray(disabledSites)) return true;
  const site = siteKey(hostname) ?? hostname.toLowerCase();
  return !disabledSites.some((entry) => typeof entry === 'string' && siteKey(entry) === site);
}
