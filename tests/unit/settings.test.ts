import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, validateSettings } from '../../settings/schema.ts';
import { loadSettings, takeResetNotice, updateSettings, watchSettings } from '../../settings/store.ts';

describe('validateSettings', () => {
  it('gives the defaults for nothing stored, without calling that a reset', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
    expect(validateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
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
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(reset.sort()).toEqual(['disabledSites', 'kinds', 'pinyinSize', 'toneStyle']);
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
    expect(await takeResetNotice()).toEqual(['tooltipTrigger']);
    expect(await takeResetNotice()).toEqual([]);
    await loadSettings();
    expect(await takeResetNotice()).toEqual([]);
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
