import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/domain/ticket';
import { freshdesk } from '@/lib/helpdesks/freshdesk';
import { fixtureCases, loadPage } from './fixtures';

const cases = fixtureCases('freshdesk');

function fixture(name: string): { html: string; url: URL } {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`missing fixture ${name}`);
  return { html: found.html, url: new URL(found.expected.url) };
}

function read(html: string, url: URL): Ticket {
  const result = freshdesk.extract(loadPage(html, url.href), url);
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

const en = fixture('en-wrong-size');
const fr = fixture('fr-colis-endommage');

describe('freshdesk adapter', () => {
  describe.each(cases)('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = freshdesk.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });

  it('counts only this ticket’s order numbers, not the ticket list, custom field, timeline or activities', () => {
    const t = read(en.html, en.url);
    expect(t.orderNumbers).toEqual(['1047', '1063']);
    for (const other of ['1052', '1044', '1029']) expect(JSON.stringify(t)).not.toContain(other);
  });

  it('puts private notes and cc’d third-party replies (privatenote + requestor) into notes', () => {
    const t = read(en.html, en.url);
    expect(t.notes.map((n) => n.name)).toEqual(['Priya Shah', 'Kestrel Logistics']);
    expect(t.messages.map((m) => m.name)).not.toContain('Kestrel Logistics');
  });

  it('drops signatures, Freshdesk, Outlook and Gmail quoted history, the heading’s buttons and attachments', () => {
    const t = read(en.html, en.url);
    expect(t.subject).toBe('Wrong size delivered for order #1047');
    const text = t.messages.map((m) => m.text).join('\n');
    for (const noise of ['07700', 'Customer Care', 'wrote:', 'From:', 'Sent:', 'IMG_2231', 'Add AI summary']) {
      expect(text).not.toContain(noise);
    }
  });

  it('reads the customer’s email from the contact card’s declarative shadow root (jsdom keeps it as a template)', () => {
    const t = read(en.html, en.url);
    expect(t.customer).toEqual({ name: 'Hannah Clarke', email: 'hannah.clarke@example.com' });
    const frTicket = read(fr.html, fr.url);
    expect(frTicket.customer).toEqual({ name: 'Camille Rousseau', email: 'camille.rousseau@example.fr' });
  });

  it('reads the contact card through an attached open shadow root too (as in Chromium)', () => {
    const doc = loadPage(fr.html, fr.url.href);
    const host = doc.querySelector('fw-unified-mfe--contact-info');
    const template = host?.querySelector('template');
    if (!host || !template) throw new Error('fixture has no contact card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><h3 data-test-id="contact-name">Camille R.</h3><a href="mailto:camille.r@example.fr">mail</a></section>';
    template.remove();
    const result = freshdesk.extract(doc, fr.url);
    expect(result.ok && result.ticket.customer).toEqual({ name: 'Camille R.', email: 'camille.r@example.fr' });
  });

  it('never reads the unsent draft in the Froala editor', () => {
    const t = read(fr.html, fr.url);
    expect(JSON.stringify(t)).not.toContain('1086');
    expect(t.orderNumbers).toEqual(['1049', '1071']);
  });

  it('keeps the page’s order (oldest first) and has no machine-readable times', () => {
    const t = read(fr.html, fr.url);
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    expect(t.messages.every((m) => m.at === null)).toBe(true);
    expect(t.missing).toEqual(['messageTimes']);
  });

  it('reads a machine-readable time when an item has one', () => {
    const html = en.html.replace(
      '<span data-test-id="time-info" aria-label="Tue, 18 Nov 2026 at 9:14 AM"></span>',
      '<time datetime="2026-11-18T09:14:00Z">9:14 AM</time>',
    );
    expect(read(html, en.url).messages[0]?.at).toBe('2026-11-18T09:14:00Z');
  });

  it('tells customer from agent by name when the role classes are gone', () => {
    const html = en.html.replaceAll('ticket-details__requestor', 'ticket-details__x').replaceAll('data-test-is-agent="true"', '');
    const t = read(html, en.url);
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Hannah Clarke'],
      ['agent', 'Priya Shah'],
      ['customer', 'Hannah Clarke'],
    ]);
  });

  it('falls back to the document title for the subject', () => {
    const html = en.html.replace('class="ticket-subject-heading"', 'class="renamed-heading"');
    expect(read(html, en.url).subject).toBe('Wrong size delivered for order #1047');
  });

  it('reads old /helpdesk/tickets URLs', () => {
    const url = new URL('https://northwind.freshdesk.com/helpdesk/tickets/3107');
    expect(freshdesk.ticketUrl.test(url.pathname)).toBe(true);
    expect(read(en.html, url).ticketId).toBe('3107');
  });

  it('says no ticket is open on other Freshdesk pages', () => {
    for (const href of ['https://northwind.freshdesk.com/a/tickets/filters/all_tickets', 'https://northwind.freshdesk.com/a/dashboard/default']) {
      const url = new URL(href);
      const result = freshdesk.extract(loadPage(en.html, url.href), url);
      expect(result).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
    }
  });

  it('says the ticket is not rendered while the previous ticket is still on screen', () => {
    const url = new URL('https://northwind.freshdesk.com/a/tickets/3110');
    const result = freshdesk.extract(loadPage(en.html, url.href), url);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the ticket is not rendered when its pane is missing', () => {
    const result = freshdesk.extract(loadPage('<html><body><div class="app-main-wrapper"></div></body></html>', en.url.href), en.url);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the markup changed', () => {
    const html = en.html
      .replaceAll('ticket-details__item', 'renamed-item')
      .replaceAll('data-test-id="ticket-description"', 'data-test-id="renamed"')
      .replaceAll('data-test-id="conversation-wrapper"', 'data-test-id="renamed"')
      .replaceAll('data-album=', 'data-renamed=')
      .replaceAll('requestor-wrap', 'renamed-wrap');
    const result = freshdesk.extract(loadPage(html, en.url.href), en.url);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds no reply box until Reply is clicked, and offers the Reply button to open it', () => {
    const doc = loadPage(en.html, en.url.href);
    doc.querySelector('[data-test-id="reply-editor"]')?.remove();
    expect(freshdesk.findComposer(doc, en.url)).toBeNull();
    const opener = freshdesk.composerOpener?.(doc, en.url);
    expect(opener?.getAttribute('data-test-id')).toBe('ticket-action-reply');
  });

  it('finds the open Froala editor of the ticket', () => {
    for (const { html, url } of [en, fr]) {
      const doc = loadPage(html, url.href);
      const composer = freshdesk.findComposer(doc, url);
      expect(composer?.classList.contains('fr-element')).toBe(true);
      expect(composer?.closest('[data-test-id="active-editor"]')).not.toBeNull();
      expect(composer?.closest('.ticket-details-wrapper')?.querySelector(`[data-album="ticket_${url.pathname.split('/').pop() ?? ''}"]`)).not.toBeNull();
    }
  });

  it('accepts an editor outside the ticket pane only when it is the page’s only one', () => {
    const doc = loadPage(fr.html, fr.url.href);
    const editor = doc.querySelector('[data-test-id="reply-editor"]');
    if (!editor) throw new Error('fixture has no editor');
    doc.body.append(editor);
    expect(freshdesk.findComposer(doc, fr.url)?.closest('[data-test-id="reply-editor"]')).toBe(editor);
    doc.body.append(editor.cloneNode(true));
    expect(freshdesk.findComposer(doc, fr.url)).toBeNull();
  });
});
