import { useEffect, useState } from 'react';

/** A storage item, as far as following it goes. */
export interface Watchable {
  watch(callback: () => void): () => void;
}

/**
 * A stored value kept current in a React page: read once, then again whenever any extension
 * page changes the item. `read` must be stable (module-level, or memoised on its inputs).
 */
export function useStoredValue<T>(item: Watchable, read: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const load = () => void read().then((v) => live && setValue(v));
    load();
    const unwatch = item.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);
  return value;
}
