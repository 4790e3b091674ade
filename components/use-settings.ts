import { useEffect, useState } from 'preact/hooks';
import { warnOf } from '../shared/failures.ts';
import { validateSettings, type Settings } from '../settings/schema.ts';
import { loadSettings, readSettings, takeResetNotice, updateSettings, watchSettings, type ResetNotice } from '../settings/store.ts';

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
    Promise.all([loadSettings(), takeResetNotice()]).then(
      ([loaded, reset]) => {
        if (!live) return;
        setSettings(loaded);
        setNotice(reset);
      },
      (error: unknown) => {
        // Storage could not be read: show the defaults. A change still applies only its own
        // fields to what is stored, so nothing saved is lost.
        warnOf('could not read the settings')(error);
        if (live) setSettings(validateSettings(null).settings);
      },
    );
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
      updateSettings(patch).then(setSettings, (error: unknown) => {
        warnOf('could not save the settings')(error);
        readSettings().then(setSettings, warnOf('could not read the settings'));
      });
    },
  };
}
