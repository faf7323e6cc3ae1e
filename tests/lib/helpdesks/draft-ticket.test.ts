import { describe, expect, it } from 'vitest';
import { type DraftItem, type DraftTicket, finishTicket, staffAddress } from '@/lib/helpdesks/draft-ticket';

const URL_SHOP = new URL('https://help.northwind-shop.test/tickets/4711');

const item = (over: Partial<DraftItem>): DraftItem => ({ name: '', email: null, at: null, text: 'Hello', note: false, role: null, ...over });

const draft = (over: Partial<DraftTicket>): DraftTicket => ({
  url: URL_SHOP,
  subject: 'Where is my lamp?',
  ticketId: { id: '4711', source: 'url' },
  requester: null,
  items: [],
  structure: 1,
  lookedFor: 'nothing found',
  ...over,
});

describe('staffAddress', () => {
  it('is true for an address on the page’s own domain, not on a public mail domain', () => {
    expect(staffAddress('alex@northwind-shop.test', URL_SHOP)).toBe(true);
    expect(staffAddress('marie@example.fr', URL_SHOP)).toBe(false);
    expect(staffAddress('someone@gmail.com', new URL('https://mail.gmail.com/x'))).toBe(false);
    expect(staffAddress(null, URL_SHOP)).toBe(false);
  });
});

describe('finishTicket', () => {
  it('makes the first sender the customer, staff addresses agents, and notes notes', () => {
    const result = finishTicket(
      draft({
        items: [
          item({ name: 'Marie Dupont', email: 'marie@example.fr', at: '2026-11-12T10:14:00', text: 'Where is order #1047?' }),
          item({ name: 'Alex', email: 'alex@northwind-shop.test', at: '2026-11-12T11:02:00', text: 'It shipped.' }),
          item({ name: 'Alex', text: 'Carrier delay', note: true }),
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ticket.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Marie Dupont'],
      ['agent', 'Alex'],
    ]);
    expect(result.ticket.notes).toEqual([{ name: 'Alex', text: 'Carrier delay' }]);
    expect(result.ticket.customer).toEqual({ name: 'Marie Dupont', email: 'marie@example.fr' });
    expect(result.ticket.ticketId).toBe('4711');
    expect(result.ticket.confidence).toBeGreaterThan(0.8);
  });

  it('hashes subject and first message when the page shows no ticket id, and lowers confidence', () => {
    const result = finishTicket(draft({ ticketId: null, subject: '', structure: 0, items: [item({ text: 'My lamp is broken.' })] }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ticket.ticketId).toMatch(/^h[0-9a-z]+$/);
    expect(result.ticket.confidence).toBeLessThan(0.4);
  });

  it('says what was looked for when only notes or empty items were found', () => {
    expect(finishTicket(draft({ items: [item({ note: true }), item({ text: '  ' })] }))).toEqual({
      ok: false,
      error: { code: 'no-conversation', message: 'nothing found' },
    });
  });
});
