import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeInStorage } from '../../settings/active.ts';
import { DEFAULT_SETTINGS, isActiveOn, settingsFromStorage, siteKey, validateSettings } from '../../settings/schema.ts';
import { loadSettings, readSettings, takeResetNotice, updateSettings, watchSettings } from '../../settings/store.ts';

describe('validateSettings', () => {
  it('gives the defaults for nothing stored, without calling that a reset', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [], droppedSites: [] });
    expect(validateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, reset: [], droppedSites: [] });
  });

  it('keeps valid fields, resets each invalid one to its default, and names it', () => {
    const { settings, reset } = validateSettings({
      ...DEFAULT_SETTINGS,
      enabled: false,
      toneStyle: 'sideways',
      pinyinSize: 9000,
      disabledSites: ['news.example.cn', 'not a host!'],
      kinds: { title: true },
      unknownField: 3,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['news.example.cn'] });
    expect(reset.sort()).toEqual(['pinyinSize', 'toneStyle']);
  });

  it('keeps the kinds a reader chose when an update adds a kind, and resets kinds that are not true or false', () => {
    const { idiom: _idiom, ...before } = { ...DEFAULT_SETTINGS.kinds, person: false, other: false };
    const kept = validateSettings({ ...DEFAULT_SETTINGS, kinds: before });
    expect(kept.settings.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, person: false, other: false });
    expect(kept.reset).toEqual([]);
    const broken = validateSettings({ ...DEFAULT_SETTINGS, kinds: { ...before, person: 'no' } });
    expect(broken.settings.kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect(broken.reset).toEqual(['kinds']);
  });

  it('keeps every site it can read as the browser reports hostnames, and names only those it drops', () => {
    const stored = ['news.example.cn', 'not a host!', 'my_site.example.cn', '[::1]', '例子.中国', 'News.Example.CN', 'gov.cn:8080', 42, 'https://x.cn/page'];
    const { settings, reset, droppedSites } = validateSettings({ ...DEFAULT_SETTINGS, disabledSites: stored });
    expect(settings.disabledSites).toEqual(['news.example.cn', 'my_site.example.cn', '[::1]', 'xn--fsqu00a.xn--fiqs8s', 'gov.cn']);
    expect(droppedSites).toEqual(['not a host!', '42', 'https://x.cn/page']);
    expect(reset).toEqual([]);
    // A list that is no list at all is reset, and said so.
    expect(validateSettings({ ...DEFAULT_SETTINGS, disabledSites: 'news.example.cn' }).reset).toEqual(['disabledSites']);
  });

  it('compares sites as the page reports its hostname', () => {
    const settings = validateSettings({ ...DEFAULT_SETTINGS, disabledSites: ['例子.中国', '[::1]'] }).settings;
    expect(isActiveOn(settings, 'xn--fsqu00a.xn--fiqs8s')).toBe(false);
    expect(isActiveOn(settings, '[::1]')).toBe(false);
    expect(isActiveOn(settings, 'example.cn')).toBe(true);
    expect(siteKey('my_site.example.cn')).toBe('my_site.example.cn');
    expect(siteKey('a b')).toBeUndefined();
  });

  it('resets everything when storage holds something that is not settings at all', () => {
    const { settings, reset } = validateSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset).toContain('enabled');
  });

  it('says whether Guanhua runs on a site', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.cn'] }, 'News.Example.cn')).toBe(false);
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example.cn')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example.cn')).toBe(false);
  });
});

describe('the settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('applies quick successive changes in order, none undoing another', async () => {
    await Promise.all([updateSettings({ enabled: false }), updateSettings({ toneColors: true }), updateSettings({ pinyinSize: 120 })]);
    expect(await loadSettings()).toMatchObject({ enabled: false, toneColors: true, pinyinSize: 120 });
  });

  it('repairs corrupt settings once, keeping the valid fields, and notes what was reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, toneColors: true, tooltipTrigger: 42 } });
    expect(await loadSettings()).toMatchObject({ toneColors: true, tooltipTrigger: 'hover' });
    expect(await takeResetNotice()).toEqual({ fields: ['tooltipTrigger'], droppedSites: [] });
    expect(await takeResetNotice()).toEqual({ fields: [], droppedSites: [] });
    await loadSettings();
    expect(await takeResetNotice()).toEqual({ fields: [], droppedSites: [] });
  });

  it('drops only the unreadable sites, keeps the rest in storage, and says which once', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example.cn', 'not a host!', 'my_site.example.cn'] } });
    expect((await loadSettings()).disabledSites).toEqual(['news.example.cn', 'my_site.example.cn']);
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { disabledSites: ['news.example.cn', 'my_site.example.cn'] } });
    expect(await takeResetNotice()).toEqual({ fields: [], droppedSites: ['not a host!'] });
    expect(await takeResetNotice()).toEqual({ fields: [], droppedSites: [] });
  });

  it('reads without writing for content scripts', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, tooltipTrigger: 42 } });
    expect((await readSettings()).tooltipTrigger).toBe('hover');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, tooltipTrigger: 42 } });
  });

  it('loses no change when writers overlap: toggles and site lists computed in their own turn', async () => {
    const toggles = Array.from({ length: 7 }, () => updateSettings((current) => ({ pinyinVisible: !current.pinyinVisible })));
    const sites = Array.from({ length: 12 }, (_, index) => updateSettings((current) => ({ disabledSites: [...current.disabledSites, `site${index}.example.cn`] })));
    await Promise.all([...toggles, ...sites]);
    const settings = await loadSettings();
    expect(settings.pinyinVisible).toBe(false);
    expect(settings.disabledSites).toHaveLength(12);
  });

  it('folds in the on/off switch the first build stored under its own key', async () => {
    await fakeBrowser.storage.local.set({ enabled: false });
    expect((await loadSettings()).enabled).toBe(false);
    expect(await fakeBrowser.storage.local.get('enabled')).toEqual({});
  });

  it('tells watchers the validated settings', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.enabled));
    await updateSettings({ enabled: false });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    unwatch();
    expect(seen).toEqual([false, true]);
  });
});

describe('activeInStorage (the detector\'s question)', () => {
  const hosts = ['news.example.cn', 'WWW.Gov.CN', 'xn--fiqs8s', '[::1]', '127.0.0.1', 'not a host'];
  // Mostly the pages' own hosts (written as a reader might), so that lists often name the page.
  const sites = fc.oneof(
    { arbitrary: fc.constantFrom(...hosts, 'www.gov.cn', 'news.example.cn:8080', 'https://www.gov.cn/x', ''), weight: 8 },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.integer(), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  const settingsValue = fc.oneof(
    { arbitrary: fc.record({ enabled: fc.oneof(fc.boolean(), fc.constant('yes'), fc.constant(null)), disabledSites: fc.oneof(fc.array(sites, { maxLength: 4 }), fc.constant('www.gov.cn')) }, { requiredKeys: [] }), weight: 8 },
    fc.constant(null),
    fc.constant(undefined),
    fc.constant('corrupt'),
    fc.array(fc.boolean(), { maxLength: 2 }),
  );
  const items = fc.record({ settings: settingsValue, enabled: fc.oneof(fc.boolean(), fc.constant('no')) }, { requiredKeys: [] });

  it('answers as the whole schema does, for any stored value and page', () => {
    fc.assert(
      fc.property(items, fc.constantFrom(...hosts), (stored, hostname) => {
        expect(activeInStorage(stored, hostname)).toBe(isActiveOn(settingsFromStorage(stored).settings, hostname));
      }),
      { numRuns: 2000 },
    );
  });

  it('is off where the reader switched Guanhua or the site off', () => {
    expect(activeInStorage({ settings: { enabled: false } }, 'www.gov.cn')).toBe(false);
    expect(activeInStorage({ settings: { disabledSites: ['WWW.GOV.CN'] } }, 'www.gov.cn')).toBe(false);
    expect(activeInStorage({ enabled: false }, 'www.gov.cn')).toBe(false);
    expect(activeInStorage({}, 'www.gov.cn')).toBe(true);
  });
});
