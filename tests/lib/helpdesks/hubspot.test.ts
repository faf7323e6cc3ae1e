import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubspot } from '@/lib/helpdesks/hubspot';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EN_URL = new URL('https://app.hubspot.com/help-desk/24681357/view/119844713/ticket/31457829961/thread');
const FR_URL = new URL('https://app-eu1.hubspot.com/live-messages/26543981/inbox/8837461029#email');
const EN = readFileSync(join(FIXTURES_DIR, 'hubspot', 'en-size-exchange.html'), 'utf8');
const FR = readFileSync(join(FIXTURES_DIR, 'hubspot', 'fr-wrong-colour.html'), 'utf8');
const EN_EXPECTED: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'hubspot', 'en-size-exchange.expected.json'), 'utf8'));

function read(html: string, url: URL) {
  const result = hubspot.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}`);
  return result.ticket;
}

describe('hubspot adapter', () => {
  it('reads the open ticket, not the hidden previous ticket, the ticket list or the sidebar', () => {
    const t = read(EN, EN_URL);
    expect(t.ticketId).toBe('31457829961');
    expect(t.messages.map((m) => m.name)).not.toContain('Mark Davies');
    for (const other of ['1041', '1043', '1057', '1077']) expect(t.orderNumbers).not.toContain(other);
  });

  it('puts comments in notes and leaves status changes and assignments out', () => {
    const t = read(EN, EN_URL);
    expect(t.notes.map((n) => n.name)).toEqual(['Sam Okafor']);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(t.messages.some((m) => /status changed|assigned to/i.test(m.text))).toBe(false);
  });

  it('drops quoted history, signatures and read receipts', () => {
    const t = read(EN, EN_URL);
    expect(t.messages[1]?.text.endsWith('Best,\nSam')).toBe(true);
    expect(t.messages[2]?.text).not.toContain('wrote:');
    expect(t.messages[0]?.text).not.toContain('07700');
  });

  it('reads the same ticket by structure when every guessed attribute is gone', () => {
    // Only what public code shows stays: ticket name link, list rows, contact chicklet.
    const drifted = EN.replaceAll(/ data-(?:message-type|direction|actor-id|message-id|ticket-id)="[^"]*"/g, '').replaceAll(
      /data-test-id="(?:ticket-view|thread-history[^"]*|message-[^"]*|comment-label|composer[^"]*)"/g,
      'data-qa="x"',
    ).replaceAll('data-selenium-test="contact-chicklet-email"', '');
    expect(hubspot.extract(loadPage(drifted, EN_URL.href), EN_URL)).toEqual({ ok: true, ticket: EN_EXPECTED });
  });

  it('reads the old inbox by structure: senders by address, comments by their label, subject from the list row', () => {
    const t = read(FR, FR_URL);
    expect(t.subject).toBe('Commande n° 1049 : mauvaise couleur');
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Élodie Lefèvre'],
      ['agent', 'Julien Moreau'],
      ['customer', 'Élodie Lefèvre'],
    ]);
    expect(t.notes).toHaveLength(1);
    expect(t.messages[0]?.text.startsWith('Bonjour,')).toBe(true);
    expect(t.messages[1]?.text).not.toContain('Opened');
    expect(t.orderNumbers).not.toContain('1032');
    expect(t.orderNumbers).not.toContain('1046');
  });

  it('says no ticket is open on other HubSpot pages', () => {
    for (const href of ['https://app.hubspot.com/contacts/24681357/objects/0-1/views/all/list', 'https://app.hubspot.com/help-desk/24681357/view/119844713']) {
      const url = new URL(href);
      expect(hubspot.extract(loadPage(EN, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('matches help desk tickets and old inbox threads', () => {
    expect(hubspot.ticketUrl.test(EN_URL.pathname)).toBe(true);
    expect(hubspot.ticketUrl.test('/help-desk/24681357/view/119844713/ticket/31457829961')).toBe(true);
    expect(hubspot.ticketUrl.test(FR_URL.pathname)).toBe(true);
    expect(hubspot.ticketUrl.test('/live-messages/26543981/inbox')).toBe(false);
  });

  it('says the ticket is not rendered while the app is still empty', () => {
    const result = hubspot.extract(loadPage('<html><body><div id="hs-app-root" data-application-name="svh-help-desk"></div></body></html>', EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the thread markup is gone', () => {
    const empty = EN.replace(/(<div data-test-id="thread-history" role="log" aria-label="Conversation history"[^>]*>)[\s\S]*?(<div data-test-id="composer" data-composer-channel="EMAIL" class)/, '$1<div class="private-loading-spinner"></div></div>$2');
    const result = hubspot.extract(loadPage(empty, EN_URL.href), EN_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the open ticket’s email editor, and none while the composer is in Comment mode', () => {
    const composer = hubspot.findComposer(loadPage(EN, EN_URL.href), EN_URL);
    expect(composer?.classList.contains('ProseMirror')).toBe(true);
    expect(composer?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('31457829961');
    expect(hubspot.findComposer(loadPage(FR, FR_URL.href), FR_URL)).toBeNull();
  });

  describe.each(fixtureCases('hubspot'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = hubspot.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
