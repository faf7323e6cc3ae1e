import type { Ticket } from '@/lib/domain/ticket';
import { helpdeskById } from '@/lib/helpdesks/registry';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', ro: 'Romanian', it: 'Italian', nl: 'Dutch', pt: 'Portuguese',
};

export function languageName(code: string | null): string {
  if (!code) return 'Unknown language';
  return LANGUAGE_NAMES[code] ?? code.toUpperCase();
}

export function TicketHeader({ ticket }: { ticket: Ticket }) {
  return (
    <header className="ticket-header">
      <p className="ticket-meta">
        <span>{helpdeskById(ticket.helpdesk)?.label ?? ticket.helpdesk}</span>
        <span aria-hidden="true">·</span>
        <span>Ticket #{ticket.ticketId}</span>
        <span aria-hidden="true">·</span>
        <span title="Language of the customer's last message">{languageName(ticket.language)}</span>
      </p>
      <h1 className="ticket-subject">{ticket.subject || '(no subject)'}</h1>
    </header>
  );
}
