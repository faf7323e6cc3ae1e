import type { Ticket } from '@/lib/domain/ticket';

export const ticket: Ticket = {
  helpdesk: 'zendesk',
  ticketId: '48213',
  url: 'https://northwind.zendesk.com/agent/tickets/48213',
  subject: 'Où est ma commande #1047 ?',
  customer: { name: 'Marie Dupont', email: 'marie.dupont@example.fr' },
  messages: [
    { author: 'customer', name: 'Marie Dupont', text: 'Bonjour, ma commande #1047 n’est toujours pas arrivée.', at: '2026-11-17T08:00:00Z' },
    { author: 'agent', name: 'Alex Rivera', text: 'Bonjour Marie, je vérifie.', at: '2026-11-17T09:00:00Z' },
    { author: 'customer', name: 'Marie Dupont', text: 'Merci, des nouvelles ?', at: '2026-11-18T10:00:00Z' },
    { author: 'customer', name: 'Marie Dupont', text: 'Toujours rien reçu.', at: '2026-11-19T10:00:00Z' },
  ],
  notes: [{ name: 'Alex Rivera', text: 'Colis bloqué à Lyon selon le transporteur.' }],
  orderNumbers: ['1047'],
  language: 'fr',
};
