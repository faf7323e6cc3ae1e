import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/domain/ticket';
import { gorgias } from '@/lib/helpdesks/gorgias';
import { fixtureCases, loadPage } from './fixtures';

const cases = fixtureCases('gorgias');

function fixture(name: string): { html: string; url: URL } {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`missing fixture ${name}`);
  return { html: found.html, url: new URL(found.expected.url) };
}

function read(html: string, url: URL): Ticket {
  const result = gorgias.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

const en = fixture('en-where-is-my-order');
const de = fixture('de-falsche-farbe');

describe('gorgias adapter', () => {
  describe.each(cases)('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = gorgias.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });

  it('reads both ticket URL shapes and nothing else', () => {
    expect(gorgias.ticketUrl.test('/app/ticket/40915120')).toBe(true);
    expect(gorgias.ticketUrl.test('/app/views/1204877/40913772')).toBe(true);
    expect(gorgias.ticketUrl.test('/app/views/1204877')).toBe(false);
    expect(read(en.html, new URL('https://northwind-outfitters.gorgias.com/app/ticket/40913772')).ticketId).toBe('40913772');
  });

  it('ignores order numbers of the Shopify widget, the view’s ticket list and the customer note', () => {
    const t = read(en.html, en.url);
    expect(t.orderNumbers).toEqual(['1052', '1056']);
    for (const other of ['1044', '1031', '1039', '1001']) expect(JSON.stringify(t)).not.toContain(other);
    expect(read(de.html, de.url).orderNumbers).toEqual(['1050', '1064']);
  });

  it('keeps internal notes apart and skips ticket events', () => {
    const t = read(en.html, en.url);
    expect(t.notes).toHaveLength(1);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    const text = t.messages.map((m) => m.text).join('\n');
    for (const event of ['assigned', 'closed', 'reopened', 'WISMO']) expect(text).not.toContain(event);
  });

  it('drops Gmail and Outlook quoted history, signatures and attachments', () => {
    const enText = read(en.html, en.url).messages.map((m) => m.text).join('\n');
    for (const noise of ['wrote:', 'Customer Happiness', 'tracking.png']) expect(enText).not.toContain(noise);
    const deLast = read(de.html, de.url).messages.at(-1)?.text ?? '';
    expect(deLast).not.toMatch(/Von:|Gesendet|Verwechslung/);
  });

  it('treats a rule’s auto-reply as an agent message', () => {
    const t = read(de.html, de.url);
    expect(t.messages[1]).toMatchObject({ author: 'agent', name: 'Northwind Outfitters' });
  });

  it('never reads the unsent draft in the reply editor', () => {
    expect(JSON.stringify(read(en.html, en.url))).not.toContain('1060');
    expect(JSON.stringify(read(de.html, de.url))).not.toContain('1077');
  });

  it('tells customer from agent by the sender’s customer link when the bubble classes change', () => {
    const html = en.html.replaceAll('MessageBubble--fromCustomer', 'MessageBubble--left').replaceAll('MessageBubble--fromAgent', 'MessageBubble--right');
    const t = read(html, en.url);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Ethan Brooks'],
      ['agent', 'Maya Lopez'],
      ['customer', 'Ethan Brooks'],
    ]);
    expect(t.notes).toHaveLength(1);
  });

  it('reads the text of a bubble without a body part', () => {
    const html = en.html.replaceAll('MessageBody--body', 'Renamed--content');
    const t = read(html, en.url);
    expect(t.messages[1]?.text).toBe(
      'Hi Ethan,\nThanks for your patience! Order #1052 left our warehouse yesterday; UPS just hadn\'t scanned it yet. It should reach you by Thursday.\nBest,\nMaya',
    );
  });

  it('takes the customer’s email from their own message when the sidebar has none, and the subject from the title', () => {
    const html = en.html.replace(/<ul class="CustomerChannels[\s\S]*?<\/ul>/, '').replace('aria-label="Ticket subject"', 'aria-label="x"').replaceAll('TicketSubject--', 'Renamed--');
    const t = read(html, en.url);
    expect(t.customer).toEqual({ name: 'Ethan Brooks', email: 'ethan.brooks@example.com' });
    expect(t.subject).toBe('Where is my order #1052?');
  });

  it('says no ticket is open on other Gorgias pages', () => {
    for (const href of [
      'https://northwind-outfitters.gorgias.com/app/views/1204877',
      'https://northwind-outfitters.gorgias.com/app/customer/58302211',
      'https://northwind-outfitters.gorgias.com/app/ticket/new',
    ]) {
      const url = new URL(href);
      expect(gorgias.extract(loadPage(en.html, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('says the ticket is not rendered while the thread is missing', () => {
    const html = en.html.replace('aria-label="Ticket thread"', '').replaceAll('TicketBody--thread', 'Loading--spinner');
    expect(gorgias.extract(loadPage(html, en.url.href), en.url)).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the bubbles are gone', () => {
    const html = en.html.replaceAll('MessageBubble--messageBubble', 'Renamed--x').replaceAll('TicketMessage--message', 'Renamed--y');
    expect(gorgias.extract(loadPage(html, en.url.href), en.url)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the Draft.js reply box of the ticket, not the customer note', () => {
    const doc = loadPage(de.html, de.url.href);
    const composer = gorgias.findComposer(doc, de.url);
    expect(composer?.classList.contains('public-DraftEditor-content')).toBe(true);
    expect(composer?.closest('[class*="TicketReplyArea"]')).not.toBeNull();
    expect(composer?.id).not.toBe('note-field');
    expect(gorgias.composerOpener).toBeUndefined();
  });
});
