import type { TicketField } from '@/lib/domain/ticket';

export const FIELD_LABELS: Record<TicketField, string> = {
  subject: 'subject',
  customerName: 'customer name',
  customerEmail: 'customer e-mail',
  messageTimes: 'message times',
};

export function fieldList(fields: readonly TicketField[]): string {
  return fields.map((f) => FIELD_LABELS[f]).join(', ');
}
