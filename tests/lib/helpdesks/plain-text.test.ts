import { describe, expect, it } from 'vitest';
import type { ReadResult, Ticket } from '@/lib/domain/ticket';
import { readPlainText } from '@/lib/helpdesks/plain-text';

const INBOX = new URL('https://mail.example.org/inbox');

function ticketOf(result: ReadResult): Ticket {
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

const rows = (t: Ticket): [string, string, string, string | null][] => t.messages.map((m) => [m.author, m.name, m.text, m.at]);

describe('readPlainText: text without any header', () => {
  it('is one customer message, with low confidence', () => {
    const t = ticketOf(readPlainText('Hi, I ordered a lamp (order #2044) two weeks ago and it still has not arrived.\nCan you check?\n', INBOX));
    expect(t).toMatchObject({
      helpdesk: 'generic',
      subject: '',
      customer: { name: '', email: null },
      messages: [{ author: 'customer', name: '', text: 'Hi, I ordered a lamp (order #2044) two weeks ago and it still has not arrived.\nCan you check?', at: null }],
      notes: [],
      orderNumbers: ['2044'],
      language: 'en',
      missing: ['subject', 'customerName', 'customerEmail', 'messageTimes'],
    });
    expect(t.confidence).toBeLessThan(0.4);
    expect(t.ticketId).toMatch(/^h[0-9a-z]+$/);
  });

  it('takes the subject from the title it is given, cleaned of app names', () => {
    const t = ticketOf(readPlainText('Where is my parcel?', INBOX, 'Where is my parcel? - Roundcube Webmail'));
    expect(t.subject).toBe('Where is my parcel?');
  });

  it('says no-conversation for empty text or text that is only quoted history', () => {
    expect(readPlainText('   \n\n', INBOX)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
    expect(readPlainText('> an old message\n> quoted', INBOX)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });
});

describe('readPlainText: e-mail threads', () => {
  it('unfolds a quoted reply chain into earlier messages, oldest first, with sender and date', () => {
    const text = [
      'Thanks, any news on the tracking number?',
      '',
      'Sent from my iPhone',
      '',
      'On Tue, 12 Nov 2026 at 11:02, Northwind Support <help@northwind.test> wrote:',
      '> Hi Marie,',
      '>',
      '> We are sorry: order #1047 left our warehouse yesterday.',
      '>',
      '> Best regards,',
      '> Alex',
      '> Northwind · +33 1 23 45 67 89 · www.northwind.test',
      '>',
      '> On Tue, 12 Nov 2026 at 10:14, Marie Dupont <marie@example.fr> wrote:',
      '>> Hello, my order #1047 has not arrived.',
      '>> Marie',
    ].join('\n');
    const t = ticketOf(readPlainText(text, INBOX));
    expect(rows(t)).toEqual([
      ['customer', 'Marie Dupont', 'Hello, my order #1047 has not arrived.\nMarie', '2026-11-12T10:14:00'],
      ['agent', 'Northwind Support', 'Hi Marie,\nWe are sorry: order #1047 left our warehouse yesterday.\nBest regards,\nAlex', '2026-11-12T11:02:00'],
      ['customer', 'Marie Dupont', 'Thanks, any news on the tracking number?', null],
    ]);
    expect(t.customer).toEqual({ name: 'Marie Dupont', email: 'marie@example.fr' });
  });

  it.each([
    ['en', 'On Tue, 12 Nov 2026 at 11:02, Northwind Support <help@northwind.test> wrote:'],
    ['fr', 'Le mar. 12 nov. 2026 à 11:02, Service client Lumière <help@northwind.test> a écrit :'],
    ['de', 'Am 12.11.2026 um 11:02 schrieb Northwind Support <help@northwind.test>:'],
    ['es', 'El mar, 12 nov 2026 a las 11:02, Soporte Northwind (<help@northwind.test>) escribió:'],
    ['ro', 'În mar., 12 nov. 2026 la 11:02, Suport Northwind <help@northwind.test> a scris:'],
  ])('reads the %s quote marker as the header of the quoted message', (_lang, marker) => {
    const t = ticketOf(readPlainText(`Still nothing, sorry.\n\n${marker}\n> Your order #1047 shipped today.`, INBOX));
    expect(t.messages.map((m) => [m.author, m.text, m.at])).toEqual([
      ['agent', 'Your order #1047 shipped today.', '2026-11-12T11:02:00'],
      ['customer', 'Still nothing, sorry.', null],
    ]);
    expect(t.messages[0]?.name).not.toBe('');
  });

  it('reads a marker wrapped over two lines', () => {
    const t = ticketOf(readPlainText('Merci !\n\nLe mar. 12 nov. 2026 à 11:02, Service client Lumière <\nservice@lumiere.example> a écrit :\n> Votre colis est parti.', INBOX));
    expect(t.messages.map((m) => m.text)).toEqual(['Votre colis est parti.', 'Merci !']);
  });

  it('drops "> " quoted lines that no header introduces', () => {
    const t = ticketOf(readPlainText('My answer is below.\n> some quoted text #9999\n> more\nThanks', INBOX));
    expect(t.messages.map((m) => m.text)).toEqual(['My answer is below.', 'Thanks']);
    expect(t.orderNumbers).toEqual([]);
  });

  it.each([
    ['fr', 'De : Service client Lumière <service@lumiere.example>\nEnvoyé : mardi 12 novembre 2026 11:02\nÀ : Marie Dupont <marie@example.fr>\nObjet : RE: Commande n° 1049'],
    ['de', 'Von: Service Lumière <service@lumiere.example>\nGesendet: Dienstag, 12. November 2026 11:02\nAn: Marie Dupont <marie@example.fr>\nBetreff: AW: Bestellung 1049'],
    ['es', 'De: Servicio Lumière <service@lumiere.example>\nEnviado: martes, 12 de noviembre de 2026 11:02\nPara: Marie Dupont <marie@example.fr>\nAsunto: RE: Pedido 1049'],
    ['ro', 'De la: Serviciu Lumière <service@lumiere.example>\nTrimis: marți, 12 noiembrie 2026 11:02\nCătre: Marie Dupont <marie@example.fr>\nSubiect: RE: Comanda 1049'],
    ['en', '-----Original Message-----\nFrom: Lumiere Service <service@lumiere.example>\nSent: Tuesday, November 12, 2026 11:02 AM\nTo: Marie Dupont <marie@example.fr>\nSubject: RE: Order 1049'],
  ])('splits at an Outlook-style %s header block', (_lang, headers) => {
    const t = ticketOf(readPlainText(`Thank you, I will wait.\n\n${headers}\n\nYour parcel left this morning.`, INBOX));
    expect(t.messages.map((m) => [m.author, m.text, m.at])).toEqual([
      ['agent', 'Your parcel left this morning.', '2026-11-12T11:02:00'],
      ['customer', 'Thank you, I will wait.', null],
    ]);
    expect(t.subject).toMatch(/^(?:Commande|Bestellung|Pedido|Comanda|Order) (?:n° )?1049$/);
  });

  it('reads a From: header at the top as the newest message’s sender', () => {
    const text = 'From: Marie Dupont <marie@example.fr>\nDate: Wed, 13 Nov 2026 09:00:00 +0100\nSubject: Re: Order #1047\n\nAny news?\n\nOn Tue, 12 Nov 2026 at 11:02, Northwind Support <help@northwind.test> wrote:\n> It shipped.';
    const t = ticketOf(readPlainText(text, INBOX));
    expect(rows(t)).toEqual([
      ['agent', 'Northwind Support', 'It shipped.', '2026-11-12T11:02:00'],
      ['customer', 'Marie Dupont', 'Any news?', '2026-11-13T08:00:00.000Z'],
    ]);
    expect(t.subject).toBe('Order #1047');
    expect(t.confidence).toBeGreaterThan(0.8);
  });

  it('counts a sender on the shop’s own domain as an agent', () => {
    const url = new URL('https://support.northwind.test/tickets/881');
    const text = 'From: Jordan Lee <jordan@example.net>\nDate: 12 Nov 2026 10:14\n\nWhere is it?\n\nFrom: Sam <sam@northwind.test>\nDate: 12 Nov 2026 09:00\n\nYour order is delayed.';
    const t = ticketOf(readPlainText(text, url));
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['agent', 'Sam'],
      ['customer', 'Jordan Lee'],
    ]);
    expect(t.ticketId).toBe('881');
  });
});

describe('readPlainText: copied helpdesk conversations', () => {
  const copied = [
    'Marie Dupont',
    '12 Nov 2026, 10:14',
    'Hello, my order #1047 has not arrived.',
    'Marie',
    '',
    'Alex Rivera changed the status to Pending',
    '',
    'Internal note · Alex Rivera · 12 Nov 2026, 10:40',
    'Carrier says the parcel is in Lyon.',
    '',
    'Alex Rivera (Staff)',
    '12 Nov 2026, 11:02',
    'Hi Marie, your parcel is in Lyon and should arrive tomorrow.',
    '-- ',
    'Alex Rivera | Northwind',
    '+33 1 23 45 67 89',
    '',
    'Marie Dupont',
    '13 Nov 2026, 09:00',
    'Thanks!',
  ].join('\n');

  it('splits at sender and date lines, with notes apart and history lines dropped', () => {
    const t = ticketOf(readPlainText(copied, new URL('https://desk.northwind.test/conversation/4711'), 'Where is my order #1047? – Northwind Desk'));
    expect(rows(t)).toEqual([
      ['customer', 'Marie Dupont', 'Hello, my order #1047 has not arrived.\nMarie', '2026-11-12T10:14:00'],
      ['agent', 'Alex Rivera', 'Hi Marie, your parcel is in Lyon and should arrive tomorrow.', '2026-11-12T11:02:00'],
      ['customer', 'Marie Dupont', 'Thanks!', '2026-11-13T09:00:00'],
    ]);
    expect(t.notes).toEqual([{ name: 'Alex Rivera', text: 'Carrier says the parcel is in Lyon.' }]);
    expect(t.subject).toBe('Where is my order #1047?');
    expect(t.ticketId).toBe('4711');
    expect(t.confidence).toBeGreaterThan(0.6);
  });

  it.each(['Internal note', 'Private note', 'Note interne', 'Interne Notiz', 'Nota interna', 'Notă internă'])('makes text under “%s” a note', (label) => {
    const t = ticketOf(readPlainText(`Marie Dupont\n12 Nov 2026, 10:14\nWhere is my lamp?\n\n${label}\nCall the carrier tomorrow.`, INBOX));
    expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?']);
    expect(t.notes.map((n) => n.text)).toEqual(['Call the carrier tomorrow.']);
  });

  it.each(['Status changed from Open to Pending', 'Ticket closed', 'Statut modifié : Ouvert → Fermé', 'Status geändert von neu zu offen', 'Alex assigned this ticket to Julien', 'Tags added: refund'])(
    'drops the history line “%s”',
    (line) => {
      const t = ticketOf(readPlainText(`Where is my lamp?\n\n${line}\n\nPlease answer.`, INBOX));
      expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?\nPlease answer.']);
    },
  );
});
