import type { IntentId } from '@/lib/intent/types';

const LABELS: Record<IntentId, string> = {
  track_order: 'Where is my order',
  delivery_period: 'Delivery time',
  delivery_options: 'Delivery options',
  cancel_order: 'Cancel the order',
  change_order: 'Change the order',
  change_shipping_address: 'Change the address',
  return_request: 'Return an item',
  get_refund: 'Get a refund',
  track_refund: 'Refund status',
  check_refund_policy: 'Refund policy',
  damaged_item: 'Damaged item',
  wrong_item: 'Wrong item',
  missing_item: 'Missing item',
  payment_issue: 'Payment problem',
  invoice: 'Invoice',
  discount_code: 'Discount code',
  complaint: 'Complaint',
  contact_human_agent: 'Wants a person',
  other: 'Something else',
};

export function intentLabel(id: IntentId): string {
  return LABELS[id];
}
