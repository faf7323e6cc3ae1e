import { describe, expect, it } from 'vitest';
import { zendesk } from '@/lib/helpdesks/zendesk';
import { fixtureCases, loadPage } from './fixtures';

const URL_48213 = new URL('https://northwind.zendesk.com/agent/tickets/48213');

function comment(type: 'end-user' | 'agent' | 'internal', name: string, body: string, at = '2026-11-18T09:12:00Z'): string {
  return `<article data-test-id="omni-log-comment-item">
    <div data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link">${name}</a></div>
    <time data-test-id="timestamp-relative" datetime="${at}">Nov 18</time>
    <div data-test-id="omni-log-item-message" type="${type}">
      ${type === 'internal' ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : ''}
      <div data-test-id="omni-log-message-content"><div class="zd-comment">${body}</div></div>
    </div></article>`;
}

function pane(id: string, active: boolean, subject: string, items: string): string {
  return `<div class="ticket-panes-grid-layout" data-is-active="${active}">
    <div data-side-conversations-anchor-id="${id}">
      <input data-test-id="omni-header-subject" aria-label="Subject" value="${subject}">
      <div data-test-id="ticket-system-field-requester-select">Jordan Lee</div>
      <div data-test-id="omni-log-container">${items}</div>
      <div data-test-id="ticket-rich-text-editor">
        <span data-garden-id="tags.tag"><img data-garden-id="tags.avatar" alt="jordan.lee@example.net"><span>Jordan Lee</span></span>
        <div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"><p>Draft about order #7777</p></div>
      </div>
    </div></div>`;
}

const page = `<html><body>
  <nav><a>Order #5555 never arrived</a></nav>
  ${pane('48100', false, 'Refund for order #4444', comment('end-user', 'Other Person', '<p>Refund order #4444</p>'))}
  ${pane(
    '48213',
    true,
    'Where is my order #1047?',
    comment('end-user', 'Jordan Lee', '<p>Hi,</p><p>My order #1047 has not arrived.</p><div class="signature">Jordan</div>', '2026-11-17T08:00:00Z') +
      '<div data-test-id="omni-log-system-event">Status changed from New to Open</div>' +
      comment('internal', 'Alex Rivera', '<p>Carrier says parcel for 1047 is in Lyon. Also see order #1061.</p>') +
      comment('agent', 'Alex Rivera', '<p>Hello Jordan, I am checking.</p>', '2026-11-17T09:00:00Z') +
      comment('end-user', 'Jordan Lee', '<p>Thanks, any news?</p><div class="gmail_quote">On Mon, Alex wrote: order #9999</div>', '2026-11-18T10:00:00Z'),
  )}
</body></html>`;

describe('zendesk adapter', () => {
  it('reads the active ticket only, with notes apart and noise removed', () => {
    const result = zendesk.extract(loadPage(page, URL_48213.href), URL_48213);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t = result.ticket;
    expect(t.ticketId).toBe('48213');
    expect(t.subject).toBe('Where is my order #1047?');
    expect(t.customer).toEqual({ name: 'Jordan Lee', email: 'jordan.lee@example.net' });
    expect(t.messages.map((m) => [m.author, m.name, m.text, m.at])).toEqual([
      ['customer', 'Jordan Lee', 'Hi,\nMy order #1047 has not arrived.', '2026-11-17T08:00:00Z'],
      ['agent', 'Alex Rivera', 'Hello Jordan, I am checking.', '2026-11-17T09:00:00Z'],
      ['customer', 'Jordan Lee', 'Thanks, any news?', '2026-11-18T10:00:00Z'],
    ]);
    expect(t.notes).toEqual([{ name: 'Alex Rivera', text: 'Carrier says parcel for 1047 is in Lyon. Also see order #1061.' }]);
    expect(t.orderNumbers).toEqual(['1047', '1061']);
    expect(t.language).toBe('en');
  });

  it('says no ticket is open on other Zendesk pages', () => {
    const url = new URL('https://northwind.zendesk.com/agent/dashboard');
    const result = zendesk.extract(loadPage(page, url.href), url);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-ticket-open' } });
  });

  it('says the ticket is not rendered yet when its pane is missing', () => {
    const url = new URL('https://northwind.zendesk.com/agent/tickets/50000');
    const result = zendesk.extract(loadPage('<html><body><div class="ticket-panes-grid-layout" data-is-active="false"></div></body></html>', url.href), url);
    expect(result).toMatchObject({ ok: false, error: { code: 'ticket-not-rendered' } });
  });

  it('says the conversation could not be read when the markup changed', () => {
    const changed = page.replaceAll('omni-log-comment-item', 'renamed-item');
    const result = zendesk.extract(loadPage(changed, URL_48213.href), URL_48213);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('finds the active pane’s composer, not another tab’s', () => {
    const doc = loadPage(page, URL_48213.href);
    const composer = zendesk.findComposer(doc, URL_48213);
    expect(composer?.closest('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id')).toBe('48213');
  });

  describe.each(fixtureCases('zendesk'))('saved page $name', ({ html, expected }) => {
    it('reads exactly the expected ticket', () => {
      const url = new URL(expected.url);
      const result = zendesk.extract(loadPage(html, url.href), url);
      expect(result).toEqual({ ok: true, ticket: expected });
    });
  });
});
