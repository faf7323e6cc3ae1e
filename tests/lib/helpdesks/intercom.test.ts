import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intercom } from '@/lib/helpdesks/intercom';
import { FIXTURES_DIR, fixtureCases, loadPage } from './fixtures';

const EMAIL_URL = new URL('https://app.intercom.com/a/inbox/nw7k2q4x/inbox/shared/all/conversation/215470392816475');
const CHAT_URL = new URL('https://app.intercom.com/a/inbox/nw7k2q4x/inbox/conversation/215470392816502');

const saved = (name: string) => readFileSync(join(FIXTURES_DIR, 'intercom', `${name}.html`), 'utf8');
const emailPage = saved('en-missing-item-email');
const chatPage = saved('es-delivery-incident-chat');

function read(html: string, url: URL) {
  const result = intercom.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

describe('intercom adapter', () => {
  it('recognises both conversation URL shapes and nothing else', () => {
    expect(intercom.ticketUrl.exec(EMAIL_URL.pathname)?.[1]).toBe('215470392816475');
    expect(intercom.ticketUrl.exec(CHAT_URL.pathname)?.[1]).toBe('215470392816502');
    expect(intercom.ticketUrl.exec('/a/inbox/nw7k2q4x/inbox/admin/5830127/conversation/215470392816431')?.[1]).toBe('215470392816431');
    expect(intercom.ticketUrl.test('/a/inbox/nw7k2q4x/inbox/shared/all')).toBe(false);
    expect(intercom.ticketUrl.test('/a/apps/nw7k2q4x/home')).toBe(false);
  });

  it('reads only the open conversation: list previews, sidebar orders and the draft do not count', () => {
    const t = read(emailPage, EMAIL_URL);
    expect(t.orderNumbers).toEqual(['1047', '1063']);
    const everything = JSON.stringify(t);
    for (const other of ['1039', '1031', '1057', '1044', '1056', '1070', 'Sofía']) expect(everything).not.toContain(other);
  });

  it('skips system events, reads Fin as the agent side and keeps notes apart', () => {
    const t = read(emailPage, EMAIL_URL);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Jordan Lee'],
      ['agent', 'Fin'],
      ['agent', 'Priya Shah'],
      ['customer', 'Jordan Lee'],
    ]);
    expect(JSON.stringify(t)).not.toMatch(/assigned this conversation|handed the conversation/);
    expect(t.notes.map((n) => n.name)).toEqual(['Priya Shah']);
    expect(t.messages.some((m) => m.text.includes('KT493027815GB'))).toBe(false);
  });

  it('drops the e-mail signature, quoted history and read receipts', () => {
    const t = read(emailPage, EMAIL_URL);
    expect(t.messages[0]?.text.endsWith('Thanks,\nJordan')).toBe(true);
    expect(t.messages[3]?.text).not.toMatch(/wrote:|Sorry about that|7700/);
    expect(JSON.stringify(t.messages)).not.toContain('Seen');
  });

  it('reads each part of a group of chat messages, ignores quick-reply buttons and the typing preview', () => {
    const t = read(chatPage, CHAT_URL);
    expect(t.messages.slice(0, 2).map((m) => m.text)).toEqual([
      'Hola, buenas tardes',
      expect.stringContaining('pedido #1051') as unknown as string,
    ]);
    expect(t.messages[2]?.text).not.toContain('No, gracias');
    expect(JSON.stringify(t)).not.toContain('Valencia');
  });

  it('leaves the subject empty, and says so, when the chat is titled with the contact’s name', () => {
    const t = read(chatPage, CHAT_URL);
    expect(t.subject).toBe('');
    expect(t.missing).toEqual(['subject']);
  });

  it('falls back to the author’s name and skips system lines when parts lose their category', () => {
    const drifted = emailPage.replaceAll(/ data-part-group-category="\d+"/g, '');
    const t = read(drifted, EMAIL_URL);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Jordan Lee'],
      ['agent', 'Fin'],
      ['agent', 'Priya Shah'],
      ['customer', 'Jordan Lee'],
    ]);
    // The note bubble's class still marks it as a note.
    expect(t.notes.map((n) => n.name)).toEqual(['Priya Shah']);
  });

  it('takes the customer’s e-mail from the From line when the sidebar does not show it', () => {
    const noSidebar = emailPage.replace(/<aside[\s\S]*<\/aside>/, '');
    const t = read(noSidebar, EMAIL_URL);
    expect(t.customer).toEqual({ name: 'Jordan Lee', email: 'jordan.lee@example.net' });
  });

  it('says no conversation is open on other Intercom pages', () => {
    for (const path of ['/a/inbox/nw7k2q4x/inbox/shared/all', '/a/apps/nw7k2q4x/home']) {
      const url = new URL(`https://app.intercom.com${path}`);
      expect(intercom.extract(loadPage(emailPage, url.href), url)).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('says the conversation is not rendered yet when its panel is missing', () => {
    const listOnly = emailPage.replace(/<main[\s\S]*<\/main>/, '');
    expect(intercom.extract(loadPage(listOnly, EMAIL_URL.href), EMAIL_URL)).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the part markup is gone', () => {
    const changed = emailPage.replaceAll('group/content-part', 'renamed-part').replaceAll('data-part-', 'data-x-');
    expect(intercom.extract(loadPage(changed, EMAIL_URL.href), EMAIL_URL)).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the reply composer of the open conversation', () => {
    const doc = loadPage(emailPage, EMAIL_URL.href);
    const composer = intercom.findComposer(doc, EMAIL_URL);
    expect(composer?.classList.contains('ProseMirror')).toBe(true);
    expect(composer?.closest('[data-conversation-reply-composer]')).not.toBeNull();
    expect(intercom.composerOpener?.(doc, EMAIL_URL)).toBeNull();
  });

  it('does not offer the composer in Note mode, and opens Reply instead', () => {
    const doc = loadPage(chatPage, CHAT_URL.href);
    expect(intercom.findComposer(doc, CHAT_URL)).toBeNull();
    expect(intercom.composerOpener?.(doc, CHAT_URL)?.getAttribute('data-intercom-target')).toBe('reply-tab');
  });

  describe.each(fixtureCases('intercom'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = intercom.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
