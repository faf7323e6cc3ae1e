/** What the customer wants. Exactly these ids: templates, detection and reports share them. */
export const INTENTS = [
  'track_order',
  'delivery_period',
  'delivery_options',
  'cancel_order',
  'change_order',
  'change_shipping_address',
  'return_request',
  'get_refund',
  'track_refund',
  'check_refund_policy',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'payment_issue',
  'invoice',
  'discount_code',
  'complaint',
  'contact_human_agent',
  'other',
] as const;

export type IntentId = (typeof INTENTS)[number];

export interface IntentGuess {
  id: IntentId;
  /** 0 to 1. */
  confidence: number;
}

export interface IntentResult extends IntentGuess {
  /** Next best guesses, best first. */
  runnersUp: IntentGuess[];
  /** ISO 639-1 of the text the intent was read from, or null. */
  language: string | null;
}

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}
