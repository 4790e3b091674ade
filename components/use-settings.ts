import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema.ts';
import { loadSettings, takeResetNotice, updateSettings, watchSettings } from '../settings/store.ts';

export interface SettingsState {
  /** undefined until loaded. */
  settings: Settings | undefined;
  /** Fields that had to fall back to their defaults (said once). */
  resetFields: string[];
  update(patch: Partial<Settings>): void;
}

/** The settings, kept in sync with changes made elsewhere (another popup, the keyboard command). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [resetFields, setResetFields] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadSettings().then(async (loaded) => {
      const reset = await takeResetNotice();
      if (!live) return;
      setSettings(loaded);
      setResetFields(reset);
    });
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return {
    settings,
    resetFields,
    update(patch) {
      setSettings((current) => (current ? { ...current, ...patch } : current));
      void updateSettings(patch);
    },
  };
}
