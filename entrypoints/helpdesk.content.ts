import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ReadResult } from '@/lib/domain/ticket';
import { editableRoot } from '@/lib/dom/editable';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/helpdesks/registry';
import { chooseAdapter, readPage, watchTicket, type ReaderChoice } from '@/lib/helpdesks/read';
import { insertReply } from '@/lib/helpdesks/insert';
import { listen, sendToBackground } from '@/lib/messaging/runtime';
import { assignmentFor } from '@/lib/sites/sites';
import { readPageOrders } from '@/lib/orders/page';
import type { Order } from '@/lib/orders/model';

/** Set on the isolated world's global: the script can be injected again into the same page. */
const RUNNING = Symbol.for('deskpilot.reader');

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: true };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => (scope[RUNNING] = undefined));

    const choice: ReaderChoice = { assigned: (await assignmentFor(location.hostname))?.helpdesk ?? null };
    const ordersOnPage = (result: ReadResult): Order[] =>
      result.ok ? readPageOrders(document, `${chooseAdapter(new URL(location.href), choice)?.label ?? 'this page'}’s order panel`) : [];
    const report = (result: ReadResult, pageOrders: Order[] = ordersOnPage(result)) => {
      const helpdesk = chooseAdapter(new URL(location.href), choice)?.id ?? 'generic';
      // The background may be restarting; the next change reports again.
      sendToBackground('ticketRead', { result, helpdesk, pageOrders }).catch(() => undefined);
    };
    const readNow = watchTicket({
      document,
      currentUrl: () => location.href,
      choice: () => choice,
      // The order panel may render after the conversation: its arrival is a change too.
      extras: ordersOnPage,
      onChange: report,
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => readNow());

    let lastFocused: Element | null = null;
    ctx.addEventListener(document, 'focusin', (event) => {
      const target = event.target instanceof Element ? editableRoot(event.target) : null;
      if (target) lastFocused = target;
    });

    const stopListening = listen({
      readTicket: ({ reader }) => {
        if (reader === 'generic') return readPage(document, new URL(location.href), { forceGeneric: true });
        const result = readNow();
        report(result);
        return result;
      },
      readSelection: () => ({ text: document.getSelection()?.toString() ?? '', url: location.href, title: document.title }),
      insertReply: ({ text, mode }) => {
        const url = new URL(location.href);
        return insertReply(document, url, text, mode, { adapter: chooseAdapter(url, choice), lastFocused });
      },
    });
    ctx.onInvalidated(stopListening);
  },
});
