import { useStoredValue } from '../settings/use-stored-value';
import { storage } from 'wxt/utils/storage';
import type { Ticket } from '../domain/ticket';
import type { Order } from '../orders/model';
import type { RenderContext } from '../templates/engine';
import type { Settings } from '../settings/items';

/**
 * The ticket the agent last looked at in a panel, with the order in use: the template manager
 * previews templates against it. Session storage: gone when the browser closes.
 */
export interface CurrentReply {
  ticket: Ticket;
  /** Null when no order was found, or the agent has not confirmed it is the requester's. */
  order: Order | null;
  agentName: string;
  shopName: string;
  policies: Settings['policies'];
}

const item = storage.defineItem<CurrentReply | null>('session:current-reply', { fallback: null });

export function saveCurrentReply(reply: CurrentReply): Promise<void> {
  return item.setValue(reply);
}

const readCurrentReply = () => item.getValue();

export function useCurrentReply(): CurrentReply | null {
  return useStoredValue(item, readCurrentReply, null);
}

/** What a template is filled from for that ticket. */
export function currentReplyContext(reply: CurrentReply, language: string): RenderContext {
  const policies = Object.fromEntries(Object.entries(reply.policies).filter(([, text]) => text.trim() !== ''));
  return {
    language: /^[a-z]{2}$/.test(language) ? language : 'en',
    order: reply.order,
    ticket: {
      id: reply.ticket.ticketId,
      subject: reply.ticket.subject,
      customerName: reply.ticket.customer.name,
      customerEmail: reply.ticket.customer.email,
      orderNumber: reply.ticket.orderNumbers[0] ?? null,
    },
    agent: { name: reply.agentName },
    shop: { name: reply.shopName, policies },
  };
}
