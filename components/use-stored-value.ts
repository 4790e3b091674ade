import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings/items.ts';

/**
 * The current value of a storage item, kept in sync with changes made elsewhere
 * (another popup, the options page, a keyboard command). `undefined` until first read.
 */
export function useStoredValue<T>(item: Setting<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((stored) => {
      if (live) setValue(stored);
    });
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
