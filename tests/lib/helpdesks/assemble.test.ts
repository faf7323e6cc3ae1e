import { describe, expect, it } from 'vitest';
import { assembleTicket, noTicketOpen, notRendered } from '@/lib/helpdesks/assemble';

describe('the early failures every adapter returns', () => {
  it('say that no ticket is open, with the adapter’s advice', () => {
    expect(noTicketOpen('This Zendesk page is not a ticket.')).toEqual({ ok: false, error: { code: 'no-ticket-open', message: 'This Zendesk page is not a ticket.' } });
  });

  it('say that the ticket has not finished loading, by its label', () => {
    expect(notRendered('Ticket #48213')).toEqual({
      ok: false,
      error: { code: 'ticket-not-rendered', message: 'Ticket #48213 has not finished loading on the page yet.' },
    });
  });
});

describe('assembleTicket', () => {
  const url = new URL('https://northwind.zendesk.com/agent/tickets/48213');

  it('puts notes apart, drops empty items and lists what the page did not show', () => {
    const result = assembleTicket({
      helpdesk: 'zendesk',
      ticketId: '48213',
      url,
      label: 'Ticket #48213',
      subject: '',
      customer: { name: '', email: null },
      items: [
        { kind: 'customer', name: 'Jordan Lee', text: 'Where is my order #1047?', at: null },
        { kind: 'note', name: 'Alex', text: 'Carrier delay, see #1061.', at: null },
        { kind: 'agent', name: 'Alex', text: '  ', at: null },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      ticket: {
        customer: { name: 'Jordan Lee', email: null },
        messages: [{ author: 'customer', name: 'Jordan Lee', text: 'Where is my order #1047?', at: null }],
        notes: [{ name: 'Alex', text: 'Carrier delay, see #1061.' }],
        orderNumbers: ['1047', '1061'],
        missing: ['subject', 'customerEmail', 'messageTimes'],
      },
    });
  });

  it('says the conversation could not be read when there is no message', () => {
    const result = assembleTicket({ helpdesk: 'zendesk', ticketId: '1', url, label: 'Ticket #1', subject: 'x', customer: { name: '', email: null }, items: [] });
    expect(result).toEqual({ ok: false, error: { code: 'no-conversation', message: 'Ticket #1 is open but its conversation could not be read.' } });
  });
});
