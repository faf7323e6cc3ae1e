import type { IntentId } from '../intent/types';

/** Where an order stands, for picking the right variant of a template. */
export type OrderState =
  | 'no_order' // the ticket names no order we could find
  | 'unfulfilled'
  | 'shipped'
  | 'delivered'
  | 'late' // shipped, past its estimated delivery, not delivered
  | 'cancelled'
  | 'refunded';

/** A reply template: Liquid with Shopify-style variables (customer.first_name, order.name, ...). */
export interface Template {
  id: string;
  name: string;
  intent: IntentId;
  /** ISO 639-1. */
  language: string;
  /** States this variant is for; empty = any state. */
  orderStates: OrderState[];
  tags: string[];
  body: string;
  /** Shipped with Deskpilot (read-only; duplicate to change) or written by the user. */
  builtIn: boolean;
  /** Milliseconds since the epoch; 0 for built-ins. */
  updatedAt: number;
}
