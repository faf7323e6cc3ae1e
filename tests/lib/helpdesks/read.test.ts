import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '@/lib/domain/ticket';
import { readPage, watchTicket } from '@/lib/helpdesks/read';

function renderTicket(id: string, subject: string, text: string) {
  document.body.innerHTML = `<div class="ticket-panes-grid-layout" data-is-active="true">
    <div data-side-conversations-anchor-id="${id}">
      <input data-test-id="omni-header-subject" value="${subject}">
      <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item">
        <div data-test-id="omni-log-item-sender">Sam</div>
        <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${text}</p></div></div></div>
      </article></div></div></div>`;
}

describe('readPage', () => {
  it('reads a site no adapter knows with the generic reader', () => {
    document.body.innerHTML = '<article><h1>Ten tips for hiking</h1><p>Bring water.</p></article>';
    expect(readPage(document, new URL('https://www.example.com/'))).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  it('uses the adapter the user assigned to a custom domain, and the generic reader on request', () => {
    renderTicket('48230', 'Where is my order #1058?', 'Hello, order #1058 is late.');
    const url = new URL('https://support.myshop.com/agent/tickets/48230');
    const assigned = readPage(document, url, { assigned: 'zendesk' });
    expect(assigned.ok && assigned.ticket.helpdesk).toBe('zendesk');
    const forced = readPage(document, new URL('https://northwind.zendesk.com/agent/tickets/48230'), { forceGeneric: true });
    expect(forced.ok ? forced.ticket.helpdesk : forced.error.code).not.toBe('zendesk');
  });
});

describe('watchTicket', () => {
  const controller = new AbortController();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the first read, then each ticket switch once, debounced', async () => {
    vi.useFakeTimers();
    let url = 'https://northwind.zendesk.com/agent/tickets/1';
    renderTicket('1', 'First', 'Order #1047 is late');
    const seen: ReadResult[] = [];
    watchTicket({ document, currentUrl: () => url, onChange: (r) => seen.push(r), signal: controller.signal, debounceMs: 100 });
    expect(seen).toHaveLength(1);

    // Many mutations with nothing new to read: no report.
    document.body.append(document.createElement('span'));
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toHaveLength(1);

    // A single-page switch: URL and pane change without reload.
    url = 'https://northwind.zendesk.com/agent/tickets/2';
    renderTicket('2', 'Second', 'Cancel order #1052');
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(2);
    const last = seen[1];
    expect(last?.ok && last.ticket.ticketId).toBe('2');
    expect(last?.ok && last.ticket.orderNumbers).toEqual(['1052']);
    controller.abort();
  });

  it('stops observing when aborted', async () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    renderTicket('1', 'First', 'Hello');
    const onChange = vi.fn();
    watchTicket({ document, currentUrl: () => 'https://northwind.zendesk.com/agent/tickets/1', onChange, signal: stop.signal });
    stop.abort();
    renderTicket('1', 'Changed', 'Other text');
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
