import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zohodesk } from '@/lib/helpdesks/zohodesk';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EN_URL = new URL('https://desk.zoho.com/agent/northwindoutfitters/customer-care/tickets/details/648129000001234567');
const DE_URL = new URL('https://desk.zoho.eu/agent/northwindoutfitters/kundenservice/tickets/details/918730000004580217');

const saved = (name: string) => readFileSync(join(FIXTURES_DIR, 'zohodesk', `${name}.html`), 'utf8');
const enPage = saved('en-refund-not-received');
const dePage = saved('de-parcel-damaged');

function read(html: string, url: URL) {
  const result = zohodesk.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

describe('zohodesk adapter', () => {
  it('recognises ticket URLs on every Zoho data centre, and nothing else', () => {
    for (const host of ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au']) {
      expect(zohodesk.matches).toContain(`*://${host}/*`);
      const path = new URL(`https://${host}/agent/northwindoutfitters/customer-care/tickets/details/648129000001234567`).pathname;
      expect(zohodesk.ticketUrl.exec(path)?.[1]).toBe('648129000001234567');
    }
    expect(zohodesk.ticketUrl.test('/agent/northwindoutfitters/customer-care/tickets/list/all-open')).toBe(false);
  });

  it('reads only the active sub-tab: hidden tabs, the ticket list, other tickets and the draft do not count', () => {
    const t = read(enPage, EN_URL);
    expect(t.orderNumbers).toEqual(['1048', '1055']);
    const everything = JSON.stringify(t);
    for (const other of ['1045', '1043', '1033', '1060', 'Noah', 'GC-7731']) expect(everything).not.toContain(other);
  });

  it('puts a latest-first thread in oldest-first order, reading a collapsed thread from its summary', () => {
    const t = read(enPage, EN_URL);
    expect(t.messages.map((m) => [m.author, m.text.slice(0, 20)])).toEqual([
      ['customer', 'Hello, I\'ve sent bac'],
      ['agent', 'Hi Amelia,\nThanks fo'],
      ['customer', 'Hi Tom,\nIt\'s been 12'],
    ]);
  });

  it('keeps an oldest-first thread as it is, telling the order from German dates', () => {
    const t = read(dePage, DE_URL);
    expect(t.messages.map((m) => m.text.split('\n')[0])).toEqual(['Guten Tag,', 'Hallo Frau Schulz,', expect.stringMatching(/^Danke/) as unknown as string]);
  });

  it('assumes Zoho’s latest-first default when the page shows no dates', () => {
    const noDates = enPage.replaceAll(/ data-title="[A-Z][a-z]{2} \d\d, 2026[^"]*"/g, '').replaceAll(/>\d\d Nov \d\d:\d\d [AP]M</g, '><');
    expect(read(noDates, EN_URL).messages).toEqual(read(enPage, EN_URL).messages);
  });

  it('drops Zoho’s quote header, Outlook history, signatures and activity rows', () => {
    const en = JSON.stringify(read(enPage, EN_URL));
    const de = JSON.stringify(read(dePage, DE_URL));
    for (const noise of ['wrote ----', 'From:', 'Customer Care', 'Status changed']) expect(en).not.toContain(noise);
    for (const noise of ['schrieb', 'Tel. +49', 'zugewiesen']) expect(de).not.toContain(noise);
  });

  it('reads private comments as notes and public comments as agent messages', () => {
    expect(read(dePage, DE_URL).notes.map((n) => n.name)).toEqual(['Lena Vogel']);
    const madePublic = dePage.replace('>Privat</span>', '>Öffentlich</span>');
    const t = read(madePublic, DE_URL);
    expect(t.notes).toEqual([]);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Katrin Schulz'],
      ['agent', 'Lena Vogel'],
      ['agent', 'Lena Vogel'],
      ['customer', 'Katrin Schulz'],
    ]);
  });

  it('tells the customer from agents by address when the direction icons are missing', () => {
    const noIcons = enPage.replaceAll(/<span class="zd_v2-threadlistitemcommon-(incoming|outgoing)Icon[^>]*><\/span>/g, '');
    expect(read(noIcons, EN_URL).messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('says no ticket is open on other Zoho Desk pages', () => {
    const url = new URL('https://desk.zoho.com/agent/northwindoutfitters/customer-care/tickets/list/all-open');
    expect(zohodesk.extract(loadPage(enPage, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
  });

  it('says the ticket is not rendered yet when its sub-tab is not on the page', () => {
    const url = new URL('https://desk.zoho.com/agent/northwindoutfitters/customer-care/tickets/details/648129000001229874');
    expect(zohodesk.extract(loadPage(enPage, url.href), url)).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the thread markup is gone', () => {
    const changed = enPage
      .replaceAll('zd_v2-threadlistitemcommon', 'zd_v2-renamed')
      .replaceAll('zd_v2-commentlistitem', 'zd_v2-renamed2')
      .replaceAll('zd_v2-conversationlistcommon-contentWrapper', 'zd_v2-renamed3')
      .replaceAll(/data-id="(thread|comment)(Item_\d+|Content|Summary)"/g, '');
    expect(zohodesk.extract(loadPage(changed, EN_URL.href), EN_URL)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the active sub-tab’s reply editor, not a hidden tab’s', () => {
    const doc = loadPage(enPage, EN_URL.href);
    const composer = zohodesk.findComposer(doc, EN_URL);
    expect(composer?.getAttribute('aria-label')).toBe('Reply editor');
    expect(composer?.closest('[data-id^="subTab_"]')?.getAttribute('data-id')).toBe('subTab_648129000001234567');
  });

  it('never offers the comment editor, and opens the reply editor with the active ticket’s Reply button', () => {
    const doc = loadPage(dePage, DE_URL.href);
    expect(zohodesk.findComposer(doc, DE_URL)).toBeNull();
    const opener = zohodesk.composerOpener?.(doc, DE_URL);
    expect(opener?.getAttribute('data-id')).toBe('replyButton');
    expect(opener?.closest('[data-id^="subTab_"]')?.getAttribute('data-id')).toBe('subTab_918730000004580217');
  });

  describe.each(fixtureCases('zohodesk'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = zohodesk.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
