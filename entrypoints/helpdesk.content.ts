import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/helpdesks/registry';
import { watchTicket } from '@/lib/helpdesks/read';
import { insertReply } from '@/lib/helpdesks/insert';
import { listen, sendToBackground } from '@/lib/messaging/runtime';
import type { ReadResult } from '@/lib/domain/ticket';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const report = (result: ReadResult) => {
      // The background may be restarting; the next change reports again.
      sendToBackground('ticketRead', { result }).catch(() => undefined);
    };
    const readNow = watchTicket({
      document,
      currentUrl: () => location.href,
      onChange: report,
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => readNow());

    const stopListening = listen({
      readTicket: () => {
        const result = readNow();
        report(result);
        return result;
      },
      insertReply: ({ text, mode }) => insertReply(document, new URL(location.href), text, mode),
    });
    ctx.onInvalidated(stopListening);
  },
});
