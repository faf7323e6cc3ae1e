import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PanelState, PanelStore } from './panel-store';

export const PanelStoreContext = createContext<PanelStore | null>(null);

export function usePanel<T>(selector: (state: PanelState) => T): T {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreContext provider.');
  return useStore(store, selector);
}
