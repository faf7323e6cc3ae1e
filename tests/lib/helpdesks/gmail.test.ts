import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmail } from '@/lib/helpdesks/gmail';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EN_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHxbvWqKjJzBfPLsWcRdNnk');
const ES_URL = new URL('https://mail.google.com/mail/u/1/#label/Pedidos/FMfcgzQbfKxPwTlNcRzSqDvHjMbGkLtW');
const EN = readFileSync(join(FIXTURES_DIR, 'gmail', 'en-where-is-my-order.html'), 'utf8');
const ES = readFileSync(join(FIXTURES_DIR, 'gmail', 'es-missing-item.html'), 'utf8');

function read(html: string, url: URL) {
  const result = gmail.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}`);
  return result.ticket;
}

describe('gmail adapter', () => {
  it('reads the open thread, not the hidden inbox list rows', () => {
    const t = read(EN, EN_URL);
    expect(t.messages.map((m) => m.name)).toEqual(['Jordan Lee', 'Northwind Support', 'Jordan Lee']);
    expect(t.orderNumbers).not.toContain('1049');
    expect(t.orderNumbers).not.toContain('1039');
  });

  it('takes the mailbox owner as the agent and the other party as the customer', () => {
    const t = read(EN, EN_URL);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(t.customer).toEqual({ name: 'Jordan Lee', email: 'jordan.lee@example.net' });
  });

  it('finds the owner from the account button when the tab title has no address', () => {
    const untitled = EN.replace(/<title>[^<]*<\/title>/, '<title>Gmail</title>');
    expect(read(untitled, EN_URL).messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('takes the recipient as the customer in a thread the owner started and nobody answered', () => {
    const doc = loadPage(EN, EN_URL.href);
    const rows = [...doc.querySelectorAll('[role="list"] > [role="listitem"]')];
    for (const row of [rows[0], rows[2]]) row?.remove();
    const result = gmail.extract(doc, EN_URL);
    expect(result).toMatchObject({ ok: true, ticket: { customer: { name: 'Jordan Lee', email: 'jordan.lee@example.net' } } });
    if (result.ok) expect(result.ticket.messages.map((m) => m.author)).toEqual(['agent']);
  });

  it('drops quoted history and signatures', () => {
    const t = read(EN, EN_URL);
    expect(t.messages[1]?.text.endsWith('Best regards,')).toBe(true);
    expect(t.messages[1]?.text).not.toContain('Priya Shah');
    expect(t.messages[2]?.text).not.toContain('wrote:');
    expect(t.orderNumbers).not.toContain('1033');
    // Outlook's "De: … Enviado: …" header ends the Spanish reply.
    const es = read(ES, ES_URL);
    expect(es.messages[2]?.text.endsWith('Lucía Fernández')).toBe(true);
    expect(es.orderNumbers).not.toContain('1029');
  });

  it('reads a collapsed message from the snippet the DOM holds', () => {
    const t = read(EN, EN_URL);
    expect(t.messages[0]?.text).toMatch(/^Hi, I ordered the Alpine fleece jacket \(order #1047\)/);
  });

  it('ignores the draft in the open reply box and a saved draft in the thread', () => {
    expect(read(EN, EN_URL).orderNumbers).not.toContain('1071');
    const es = read(ES, ES_URL);
    expect(es.messages).toHaveLength(3);
    expect(es.orderNumbers).not.toContain('1072');
  });

  it('has no machine-readable message times', () => {
    const t = read(EN, EN_URL);
    expect(t.messages.every((m) => m.at === null)).toBe(true);
    expect(t.missing).toEqual(['messageTimes']);
  });

  it('takes the thread id from the subject heading, else the thread token in the URL', () => {
    expect(read(EN, EN_URL).ticketId).toBe('19a9c2b4e5f60a87');
    expect(read(ES, ES_URL).ticketId).toBe('thread-f:1849501882736612945');
    const bare = EN.replaceAll(/ data-(?:legacy-thread-id|thread-perm-id)="[^"]*"/g, '');
    expect(read(bare, EN_URL).ticketId).toBe('FMfcgzQZTMHxbvWqKjJzBfPLsWcRdNnk');
  });

  it('says no thread is open on list pages and compose links', () => {
    for (const href of [
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0/#inbox?compose=new',
      'https://mail.google.com/mail/u/0/#label/Orders/p2',
    ]) {
      const url = new URL(href);
      expect(gmail.extract(loadPage(EN, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('matches thread URLs with any label or search before the token', () => {
    expect(gmail.ticketUrl.test(EN_URL.href)).toBe(true);
    expect(gmail.ticketUrl.test('https://mail.google.com/mail/u/2/#search/order+1047/FMfcgzQZTMHxbvWqKjJzBfPLsWcRdNnk')).toBe(true);
    expect(gmail.ticketUrl.test('https://mail.google.com/mail/u/0/#inbox')).toBe(false);
  });

  it('says the thread is not rendered while only the list is there', () => {
    const listOnly = EN.replace(/<!-- The open thread. -->[\s\S]*<!-- A separate/, '<!-- A separate');
    const result = gmail.extract(loadPage(listOnly, EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the message markup changed', () => {
    const changed = EN.replaceAll('role="listitem"', 'role="presentation"').replaceAll('adn ads', 'renamed').replaceAll('adf ads', 'renamed');
    const result = gmail.extract(loadPage(changed, EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the thread’s reply box, not the separate New Message window', () => {
    const composer = gmail.findComposer(loadPage(EN, EN_URL.href), EN_URL);
    expect(composer?.getAttribute('role')).toBe('textbox');
    expect(composer?.closest('.ip.adB')).not.toBeNull();
    expect(composer?.closest('[role="dialog"]')).toBeNull();
  });

  it('opens the reply box with the thread’s Reply when it is closed', () => {
    const doc = loadPage(ES, ES_URL.href);
    expect(gmail.findComposer(doc, ES_URL)).toBeNull();
    // Spanish UI: the tooltip says "Responder", so the thread's Reply link is used.
    expect(gmail.composerOpener?.(doc, ES_URL)?.textContent).toBe('Responder');
    const en = loadPage(EN, EN_URL.href);
    const opener = gmail.composerOpener?.(en, EN_URL);
    expect(opener?.getAttribute('data-tooltip')).toBe('Reply');
    expect(opener?.closest('[data-message-id]')?.getAttribute('data-message-id')).toBe('#msg-f:1849475332918274410');
  });

  describe.each(fixtureCases('gmail'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = gmail.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
