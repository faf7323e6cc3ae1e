import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { front } from '@/lib/helpdesks/front';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EN_URL = new URL('https://app.frontapp.com/inboxes/teams/views/2154871/open/26748193');
const RO_URL = new URL('https://app.frontapp.com/inboxes/teams/northwind/inbox/suport-ro/cnv_2m4q8fz');

const saved = (name: string) => readFileSync(join(FIXTURES_DIR, 'front', `${name}.html`), 'utf8');
const enPage = saved('en-parcel-stuck');
const roPage = saved('ro-wrong-size');

function read(html: string, url: URL) {
  const result = front.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

const idOf = (path: string) => {
  const m = front.ticketUrl.exec(path);
  return m ? (m[1] ?? m[2]) : null;
};

describe('front adapter', () => {
  it('takes the cnv_ id from the URL when present, else the trailing conversation number', () => {
    expect(idOf('/inboxes/teams/views/2154871/open/26748193')).toBe('26748193');
    expect(idOf('/inboxes/teammates/3145091/inbox/all/26748193')).toBe('26748193');
    expect(idOf('/inboxes/shared/northwind-support/open/26748193')).toBe('26748193');
    expect(idOf('/inboxes/teams/northwind/inbox/suport-ro/cnv_2m4q8fz')).toBe('cnv_2m4q8fz');
    expect(idOf('/open/cnv_2m4q8fz')).toBe('cnv_2m4q8fz');
    // Inboxes and views, not conversations.
    expect(idOf('/inboxes/teams/views/2154871')).toBeNull();
    expect(idOf('/inboxes/teammates/3145091')).toBeNull();
    expect(idOf('/inboxes/teams/views/2154871/open')).toBeNull();
    expect(idOf('/settings/tim/preferences')).toBeNull();
  });

  it('reads only the open viewer: the hidden previous conversation, the list, the sidebar and drafts do not count', () => {
    const t = read(enPage, EN_URL);
    expect(t.orderNumbers).toEqual(['1052', '1064']);
    const everything = JSON.stringify(t);
    for (const other of ['1049', '1041', '1036', '1068', 'Tom Baker', 'express delivery']) expect(everything).not.toContain(other);
  });

  it('reads a collapsed message from its blurb', () => {
    const t = read(enPage, EN_URL);
    expect(t.messages[0]).toMatchObject({ author: 'customer', name: 'Olivia Bennett', text: expect.stringContaining('order 1052') as unknown });
  });

  it('reads comments as notes, skips activity lines, signatures and quoted history', () => {
    const t = read(enPage, EN_URL);
    expect(t.notes.map((n) => n.name)).toEqual(['Alex Rivera', 'Priya Shah']);
    const everything = JSON.stringify(t);
    for (const noise of ['assigned to', 'tagged', 'Customer Care', 'wrote:', 'Add reaction', 'Reply all']) expect(everything).not.toContain(noise);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('still finds comments when their class prefix changes', () => {
    const drifted = enPage.replaceAll('commentViewerBase__StyledCommentDiv', 'timelineComment__StyledBubbleDiv');
    expect(read(drifted, EN_URL).notes).toEqual(read(enPage, EN_URL).notes);
  });

  it('tells the customer from teammates by handle when the inbox account marker is missing', () => {
    const drifted = roPage.replaceAll(/ data-account-name="[^"]*"/g, '');
    const t = read(drifted, RO_URL);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Andreea Popescu'],
      ['agent', 'Mihai Ionescu'],
      ['customer', 'Andreea Popescu'],
    ]);
    expect(t.customer.email).toBe('andreea.popescu@example.ro');
  });

  it('uses the visible viewer for a cnv_ URL, not the hidden previous one', () => {
    const t = read(roPage, RO_URL);
    expect(t.subject).toBe('Mărime greșită – comanda nr. 1054');
    expect(JSON.stringify(t)).not.toMatch(/1048|Radu/);
  });

  it('says no conversation is open on other Front pages', () => {
    const url = new URL('https://app.frontapp.com/inboxes/teams/views/2154871/open');
    expect(front.extract(loadPage(enPage, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
  });

  it('says the conversation is not rendered yet when only another conversation’s viewer is there', () => {
    const url = new URL('https://app.frontapp.com/inboxes/teams/views/2154871/open/26748230');
    expect(front.extract(loadPage(enPage, url.href), url)).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the message markup is gone', () => {
    const changed = enPage.replaceAll('messageViewerBase__StyledMessageDiv', 'renamedThing__StyledDiv').replaceAll('role="article"', '');
    expect(front.extract(loadPage(changed, EN_URL.href), EN_URL)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the reply composer, never the comment composer', () => {
    const doc = loadPage(enPage, EN_URL.href);
    const composer = front.findComposer(doc, EN_URL);
    expect(composer?.getAttribute('aria-label')).toBe('Message body');
    expect(composer?.closest('[data-testid^="viewer-"]')?.getAttribute('data-testid')).toBe('viewer-26748193');
  });

  it('opens a reply on the latest message when no reply composer is open', () => {
    const doc = loadPage(roPage, RO_URL.href);
    expect(front.findComposer(doc, RO_URL)).toBeNull();
    const opener = front.composerOpener?.(doc, RO_URL);
    expect(opener?.textContent).toBe('Reply');
    expect(opener?.closest('[role="article"]')?.textContent).toContain('Curierul poate veni');
  });

  describe.each(fixtureCases('front'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = front.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
