import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema.ts';
import { loadSettings, takeResetNotice, updateSettings, watchSettings, type ResetNotice } from '../settings/store.ts';

/** A change of settings: the new values, or a function of the current settings that gives them. */
export type SettingsUpdate = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export interface SettingsState {
  /** undefined until loaded. */
  settings: Settings | undefined;
  /** Fields that had to fall back to their defaults, and sites left out (said once). */
  notice: ResetNotice;
  update(patch: SettingsUpdate): void;
}

/** The settings, kept in sync with changes made elsewhere (another popup, the keyboard command). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [notice, setNotice] = useState<ResetNotice>({ fields: [], droppedSites: [] });
  useEffect(() => {
    let live = true;
    void loadSettings().then(async (loaded) => {
      const reset = await takeResetNotice();
      if (!live) return;
      setSettings(loaded);
      setNotice(reset);
    });
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return {
    settings,
    notice,
    update(patch) {
      setSettings((current) => (current ? { ...current, ...(typeof patch === 'function' ? patch(current) : patch) } : current));
      void updateSettings(patch);
    },
  };
}
