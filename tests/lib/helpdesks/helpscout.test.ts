import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/domain/ticket';
import { helpscout } from '@/lib/helpdesks/helpscout';
import { fixtureCases, loadPage } from './fixtures';

const cases = fixtureCases('helpscout');

function fixture(name: string): { html: string; url: URL } {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`missing fixture ${name}`);
  return { html: found.html, url: new URL(found.expected.url) };
}

function ticketOf(doc: Document, url: URL): Ticket {
  const result = helpscout.extract(doc, url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

function read(html: string, url: URL): Ticket {
  return ticketOf(loadPage(html, url.href), url);
}

const en = fixture('en-refund-not-received');
const es = fixture('es-pedido-incompleto');
const EN_ORDER = [
  ['customer', '2026-11-10T08:31:44Z'],
  ['agent', '2026-11-12T10:05:19Z'],
  ['customer', '2026-11-20T16:22:05Z'],
];

describe('helpscout adapter', () => {
  describe.each(cases)('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = helpscout.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });

  it('takes the visible number from the URL, singular or plural path', () => {
    expect(helpscout.ticketUrl.exec('/conversation/2890114563/4211')?.[1]).toBe('4211');
    expect(helpscout.ticketUrl.exec('/conversations/2890114563/4211')?.[1]).toBe('4211');
    expect(read(en.html, en.url).ticketId).toBe('4211');
  });

  it('puts a newest-first thread oldest first', () => {
    const t = read(en.html, en.url);
    expect(t.messages.map((m) => [m.author, m.at])).toEqual(EN_ORDER);
  });

  it('keeps an oldest-first thread (the other preference) oldest first', () => {
    const doc = loadPage(en.html, en.url.href);
    const list = doc.querySelector('ol[aria-label="Thread Items"]');
    if (!list) throw new Error('no thread list');
    for (const li of [...list.children].reverse()) list.append(li);
    expect(ticketOf(doc, en.url).messages.map((m) => [m.author, m.at])).toEqual(EN_ORDER);
  });

  it('assumes newest first when the page shows no times', () => {
    const html = en.html.replace(/<time [^>]*>[^<]*<\/time>/g, '');
    const t = read(html, en.url);
    expect(t.messages.map((m) => [m.author, m.name, m.at])).toEqual([
      ['customer', 'Grace Turner', null],
      ['agent', 'Sam Carter', null],
      ['customer', 'Grace Turner', null],
    ]);
    expect(t.messages[0]?.text.startsWith('Hello,')).toBe(true);
    expect(t.missing).toEqual(['messageTimes']);
  });

  it('never reads drafts, whether saved as a thread or open in the editor', () => {
    expect(JSON.stringify(read(en.html, en.url))).not.toContain('1088');
    const t = read(es.html, es.url);
    expect(JSON.stringify(t)).not.toMatch(/1090|factura del pedido #1051\. Por cierto|Factura enviada/);
  });

  it('skips line items and reads a collapsed reply from its preview', () => {
    const t = read(en.html, en.url);
    expect(JSON.stringify(t)).not.toContain('changed the status');
    expect(t.messages[1]?.text).toBe('Hi Grace, I’ve processed your refund for order #1053. It can take 5–10 business days to appear on your statement.');
  });

  it('keeps notes apart and drops quoted history and signatures', () => {
    const t = read(en.html, en.url);
    expect(t.notes.map((n) => n.name)).toEqual(['Sam Carter']);
    const text = t.messages.map((m) => m.text).join('\n');
    for (const noise of ['wrote:', 'Leeds', 'Stripe']) expect(text).not.toContain(noise);
    expect(read(es.html, es.url).messages.map((m) => m.text).join('\n')).not.toMatch(/escribió|Atención al cliente/);
  });

  it('ignores order numbers of previous conversations and the Shopify app', () => {
    const t = read(en.html, en.url);
    expect(t.orderNumbers).toEqual(['1053', '1048']);
    for (const other of ['1019', '998']) expect(JSON.stringify(t)).not.toContain(other);
    expect(JSON.stringify(read(es.html, es.url))).not.toContain('1027');
  });

  it('tells the customer by sender e-mail or name when the thread markers are gone', () => {
    const html = en.html.replaceAll(' is-customer', '').replaceAll('aria-label="Customer ', 'aria-label="Message ');
    const t = read(html, en.url);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Grace Turner'],
      ['agent', 'Sam Carter'],
      ['customer', 'Grace Turner'],
    ]);
  });

  it('says no conversation is open on other Help Scout pages', () => {
    for (const href of ['https://secure.helpscout.net/mailbox/7701234/7712345/', 'https://secure.helpscout.net/inboxes/']) {
      const url = new URL(href);
      expect(helpscout.extract(loadPage(en.html, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('says the conversation is not rendered while the thread list is missing', () => {
    const html = '<html><body><div data-cy="ConversationHeader"><span data-cy="Text">#4211</span></div></body></html>';
    expect(helpscout.extract(loadPage(html, en.url.href), en.url)).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the thread items are gone', () => {
    const html = en.html.replaceAll('id="thread-', 'id="renamed-');
    expect(helpscout.extract(loadPage(html, en.url.href), en.url)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the reply editor when open; when closed, offers the reply bar’s Reply button', () => {
    const doc = loadPage(en.html, en.url.href);
    expect(helpscout.findComposer(doc, en.url)?.getAttribute('aria-label')).toBe('Reply Editor');
    doc.querySelector('[data-cy="ConvoEditor"]')?.remove();
    expect(helpscout.findComposer(doc, en.url)).toBeNull();
    const opener = helpscout.composerOpener?.(doc, en.url);
    expect(opener?.getAttribute('aria-label')).toBe('Reply');
    expect(opener?.closest('[data-testid="reply-bar"]')).not.toBeNull();
  });

  it('finds the reply editor, never the note editor', () => {
    const doc = loadPage(es.html, es.url.href);
    expect(helpscout.findComposer(doc, es.url)?.getAttribute('aria-label')).toBe('Reply Editor');
    doc.querySelector('[aria-label="Reply Editor"]')?.remove();
    expect(helpscout.findComposer(doc, es.url)).toBeNull();
  });
});
