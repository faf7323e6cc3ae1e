import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/domain/ticket';
import { firstName, greetingSuggestion } from '@/lib/suggest/greeting';

const ticket = (patch: Partial<Ticket>): Ticket => ({
  helpdesk: 'zendesk',
  ticketId: '1',
  url: 'https://x.zendesk.com/agent/tickets/1',
  subject: '',
  customer: { name: 'Marie Dupont', email: null },
  messages: [],
  notes: [],
  orderNumbers: ['1047'],
  language: 'fr',
  ...patch,
});

describe('greetingSuggestion', () => {
  it('greets by first name in the customer’s language and names the order', () => {
    const s = greetingSuggestion(ticket({}), { agentName: 'Alex', shopName: 'Northwind' });
    expect(s.language).toBe('fr');
    expect(s.templateId).toBe('greeting.order');
    expect(s.text).toContain('Bonjour Marie,');
    expect(s.text).toContain('commande n° 1047');
    expect(s.text.endsWith('Cordialement,\nAlex\nNorthwind')).toBe(true);
  });

  it('falls back to English, an anonymous greeting, and no order sentence', () => {
    const s = greetingSuggestion(ticket({ language: 'ja', customer: { name: '', email: 'a@b.c' }, orderNumbers: [] }), { agentName: '', shopName: '' });
    expect(s.language).toBe('en');
    expect(s.templateId).toBe('greeting.general');
    expect(s.text.startsWith('Hello,')).toBe(true);
    expect(s.text).not.toMatch(/order/i);
    expect(s.text.endsWith('Kind regards,')).toBe(true);
  });

  it('never uses an e-mail address as a name', () => {
    expect(firstName('marie@example.fr')).toBe('');
    expect(firstName('  Jean-Luc Picard ')).toBe('Jean-Luc');
  });
});
