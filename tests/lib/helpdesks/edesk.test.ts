import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edesk } from '@/lib/helpdesks/edesk';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EN_URL = new URL('https://app.edesk.com/mailbox/open/ticket/4410287');
const DE_URL = new URL('https://app.edesk.com/tickets/4410342');
const EN = readFileSync(join(FIXTURES_DIR, 'edesk', 'en-wrong-size.html'), 'utf8');
const DE = readFileSync(join(FIXTURES_DIR, 'edesk', 'de-parcel-missing.html'), 'utf8');
const EN_EXPECTED: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'edesk', 'en-wrong-size.expected.json'), 'utf8'));
const DE_EXPECTED: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'edesk', 'de-parcel-missing.expected.json'), 'utf8'));

function read(html: string, url: URL) {
  const result = edesk.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}`);
  return result.ticket;
}

/** The same page after a redesign: Angular elements gone, BEM classes turned into CSS-module hashes. */
function redesigned(html: string): string {
  let n = 0;
  return html
    .replaceAll(/<(\/?)ed-[a-z-]+/g, '<$1div')
    .replaceAll(/class="([^"]*)"/g, (_all, classes: string) => {
      const renamed = classes
        .split(/\s+/)
        .map((c) => (c === 'signature' ? c : `${c.replace(/(?:^|[-_]+)([a-z])/g, (_m, ch: string) => ch.toUpperCase())}_x__${(n += 1).toString(36)}q`))
        .join(' ');
      return `class="${renamed}"`;
    });
}

describe('edesk adapter', () => {
  it('reads the open ticket only: not the ticket list, the order panel, the linked order or previous tickets', () => {
    const t = read(EN, EN_URL);
    expect(t.ticketId).toBe('4410287');
    for (const other of ['1058', '1031', '1074', '203-4567890-1234567', '202-8841735-6624331']) expect(t.orderNumbers).not.toContain(other);
    const de = read(DE, DE_URL);
    for (const other of ['1044', '1012', '1099', '302-7719384-5521946']) expect(de.orderNumbers).not.toContain(other);
  });

  it('puts notes apart and leaves assignments and status changes out', () => {
    const t = read(EN, EN_URL);
    expect(t.notes).toEqual([{ name: 'Priya Shah', text: 'Warehouse confirms M is in stock. Exchange order #1070 created, free returns label EX-77120.' }]);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(t.messages.some((m) => /assigned to|status changed/i.test(m.text))).toBe(false);
  });

  it('drops quoted history, signatures and delivery statuses', () => {
    const t = read(EN, EN_URL);
    expect(t.messages[1]?.text.endsWith('Best wishes,\nPriya')).toBe(true);
    expect(t.messages[2]?.text).toBe('Thanks Priya, I\'ve sent the XL back today.\nCan you let me know when the M has shipped?\nGrace');
    expect(read(DE, DE_URL).messages[2]?.text).not.toContain('schrieb');
  });

  it('reads a collapsed message from its preview', () => {
    expect(read(DE, DE_URL).messages[0]?.text).toMatch(/^Hallo, ich habe am 8\. November die Bestellung 1050 aufgegeben/);
  });

  it('reads the same ticket by structure after a redesign of every class and element name', () => {
    expect(edesk.extract(loadPage(redesigned(EN), EN_URL.href), EN_URL)).toEqual({ ok: true, ticket: EN_EXPECTED });
    expect(edesk.extract(loadPage(redesigned(DE), DE_URL.href), DE_URL)).toEqual({ ok: true, ticket: DE_EXPECTED });
  });

  it('tells customer from agent by address when no direction marker is left', () => {
    const unmarked = EN.replaceAll(/ message--(?:inbound|outbound)/g, '');
    expect(read(unmarked, EN_URL).messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Grace Whitfield'],
      ['agent', 'Priya Shah'],
      ['customer', 'Grace Whitfield'],
    ]);
  });

  it('turns a newest-first thread to oldest first by the times on the page', () => {
    const doc = loadPage(DE, DE_URL.href);
    const feed = doc.querySelector('[role="feed"]');
    for (const child of [...(feed?.children ?? [])].reverse()) feed?.appendChild(child);
    expect(edesk.extract(doc, DE_URL)).toEqual({ ok: true, ticket: DE_EXPECTED });
  });

  it('finds the ticket id in the path or in a hash route', () => {
    expect(edesk.ticketUrl.test('/mailbox/open/ticket/4410287')).toBe(true);
    expect(edesk.ticketUrl.test('/tickets/4410342')).toBe(true);
    const hashRoute = new URL('https://app.edesk.com/#/mailbox/open/ticket/4410287');
    expect(read(EN, hashRoute).ticketId).toBe('4410287');
  });

  it('says no ticket is open on other eDesk pages', () => {
    for (const href of ['https://app.edesk.com/mailbox/open', 'https://app.edesk.com/tickets/', 'https://app.edesk.com/orders/1050']) {
      const url = new URL(href);
      expect(edesk.extract(loadPage(EN, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('says the ticket is not rendered while the app is still empty', () => {
    const result = edesk.extract(loadPage('<html><body><app-root ng-version="17.3.4"></app-root></body></html>', EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the thread markup is gone', () => {
    const empty = EN.replace(/(<div class="ticket-thread" role="feed" aria-label="Conversation">)[\s\S]*?(<ed-reply-box)/, '$1<div class="spinner"></div></div>$2');
    const result = edesk.extract(loadPage(empty, EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the reply textarea on the Reply tab', () => {
    const composer = edesk.findComposer(loadPage(EN, EN_URL.href), EN_URL);
    expect(composer?.tagName).toBe('TEXTAREA');
    expect(composer?.getAttribute('name')).toBe('reply');
    expect(composer?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('4410287');
  });

  it('opens the Reply tab when the reply box is on Note', () => {
    const doc = loadPage(DE, DE_URL.href);
    expect(edesk.findComposer(doc, DE_URL)).toBeNull();
    const opener = edesk.composerOpener?.(doc, DE_URL);
    expect(opener?.textContent).toBe('Reply');
    expect(opener?.getAttribute('role')).toBe('tab');
    expect(edesk.composerOpener?.(loadPage(EN, EN_URL.href), EN_URL)).toBeNull();
  });

  describe.each(fixtureCases('edesk'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = edesk.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
