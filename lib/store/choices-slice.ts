import type { StateCreator } from 'zustand/vanilla';
import type { IntentId } from '../intent/types';

/**
 * The agent's choices for a ticket (keyed by ticketKey): the intent when the detected one is
 * wrong, which of the ranked suggestions, which order, and whether they confirmed an order whose
 * e-mail does not match the requester's.
 */
export interface TicketChoices {
  intent?: IntentId;
  suggestion?: number;
  /** order_number of the order the agent picked instead of the one found. */
  order?: string;
  orderConfirmed?: boolean;
}

export interface ChoicesSlice {
  choices: Record<string, TicketChoices>;
  choose(key: string, change: TicketChoices): void;
}

export const createChoicesSlice: StateCreator<ChoicesSlice, [], [], ChoicesSlice> = (set) => ({
  choices: {},
  choose(key, change) {
    set((s) => ({ choices: { ...s.choices, [key]: { ...s.choices[key], ...change } } }));
  },
});
