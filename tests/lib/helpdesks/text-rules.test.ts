import { describe, expect, it } from 'vitest';
import {
  attribution,
  cleanMessageText,
  cleanName,
  cleanSubject,
  comparable,
  headerBlock,
  isNoiseText,
  isNoteLabel,
  looksLikeName,
  looksLikeSender,
  markerRole,
  stableHash,
  ticketIdFromLabel,
  ticketIdFromUrl,
} from '@/lib/helpdesks/text-rules';

describe('text rules of the generic and plain-text readers', () => {
  it('reads name, address and date from quote markers', () => {
    expect(attribution('Am 12.11.2026 um 10:14 schrieb Marie Dupont <marie@example.de>:')).toEqual({ name: 'Marie Dupont', email: 'marie@example.de', at: '2026-11-12T10:14:00' });
    expect(attribution('Here is what I wrote:')).toBeNull();
  });

  it('cuts quotes and signatures in text', () => {
    expect(cleanMessageText('Merci.\nCordialement,\nMarie Dupont\nResponsable achats\nTél. : +33 6 12 34 56 78\nwww.boutique.example')).toBe('Merci.\nCordialement,\nMarie Dupont');
    expect(cleanMessageText('Danke\nVon meinem iPhone gesendet\nalt')).toBe('Danke');
    expect(cleanMessageText('Gracias\nEnviado desde mi iPhone')).toBe('Gracias');
    expect(cleanMessageText('Mon numéro de suivi : 6A23456789012')).toBe('Mon numéro de suivi : 6A23456789012');
  });

  it('cleans page titles into subjects', () => {
    expect(cleanSubject('Article endommagé – commande n° 1059 – Ticket #48241 – Northwind Outfitters – Zendesk')).toBe('Article endommagé – commande n° 1059');
    expect(cleanSubject('[#123456] Where is my parcel? | osTicket')).toBe('Where is my parcel?');
    expect(cleanSubject('Boutique Lumière Webmail :: Re: Commande n° 1049 abîmée')).toBe('Commande n° 1049 abîmée');
    expect(cleanSubject('Lieferung unvollständig – Bestellung 1050 - Zammad Helpdesk')).toBe('Lieferung unvollständig – Bestellung 1050');
  });

  it('finds ticket ids in URLs, not dates', () => {
    expect(ticketIdFromUrl(new URL('https://support.myshop.com/scp/tickets.php?id=1234'))).toBe('1234');
    expect(ticketIdFromUrl(new URL('https://helpdesk.example.de/#ticket/zoom/31337'))).toBe('31337');
    expect(ticketIdFromUrl(new URL('https://blog.example.es/2026/11/como-elegir/'))).toBeNull();
  });

  it('reads role badges given alone', () => {
    expect(['Staff', '(Agent)', '[Cliente]', 'Kundin:', 'Marie Dupont'].map(markerRole)).toEqual(['agent', 'agent', 'customer', 'customer', null]);
  });

  it('knows internal-note labels, not sentences that mention a note', () => {
    expect(['Internal note', 'Notă internă', 'Alex added a private note', 'A note about my order'].map(isNoteLabel)).toEqual([true, true, true, false]);
  });

  it('cleans sender names of labels, addresses, quotes and verbs', () => {
    expect(cleanName('From: Marie Dupont <marie@example.fr>')).toBe('Marie Dupont');
    expect(cleanName('"Ana Pop" <ana@example.ro>')).toBe('Ana Pop');
    expect(cleanName('Julien a répondu')).toBe('Julien');
    expect(cleanName('by Alex Rivera (Staff)')).toBe('Alex Rivera');
  });

  it('tells names from labels and sentences; senders may be team names', () => {
    const cases = ['Marie Dupont', 'Jean-Luc de la Tour', 'Service client Lumière', 'Reply all', 'Where is my order?', 'marie dupont'];
    expect(cases.map((c) => [looksLikeName(c), looksLikeSender(c)])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('knows history lines in several languages', () => {
    expect(isNoiseText('Status changed from Open to Pending')).toBe(true);
    expect(isNoiseText('Ticket zugewiesen an Alex')).toBe(true);
    expect(isNoiseText('Where is my order?')).toBe(false);
  });

  it('reads an e-mail header block, and not a sentence that starts with From:', () => {
    const lines = ['From: Northwind <help@northwind.test>', 'Sent: Tuesday, 12 November 2026 10:14', 'To: marie@example.fr', 'Subject: Re: Order 1047', 'Hello'];
    expect(headerBlock(lines, 0)).toEqual({ name: 'Northwind', email: 'help@northwind.test', at: '2026-11-12T10:14:00', subject: 'Re: Order 1047', size: 4 });
    expect(headerBlock(['From: what I can see, the box was crushed.'], 0)).toBeNull();
  });

  it('finds ticket ids in labels, not order numbers', () => {
    expect(['Ticket #48213 – Where is my order', '[#123456] Parcel', 'Case 1234', 'Order 1047'].map(ticketIdFromLabel)).toEqual(['48213', '123456', '1234', null]);
  });

  it('hashes stably and compares names without accents, case or punctuation', () => {
    expect(stableHash('Where is my lamp?')).toBe(stableHash('Where is my lamp?'));
    expect(stableHash('a')).not.toBe(stableHash('b'));
    expect(stableHash('a')).toMatch(/^h[0-9a-z]+$/);
    expect(comparable('  Éloïse  O’Brien-Dupont ')).toBe('eloise o brien dupont');
  });
});
