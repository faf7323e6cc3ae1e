import type { ReadError } from '@/lib/domain/ticket';
import { HELPDESKS } from '@/lib/helpdesks/registry';
import { Notice } from '@/components/ui/Notice';

const SUPPORTED = HELPDESKS.map((h) => h.label).join(', ');

/** Never a blank panel: says why there is no ticket and what to do about it. */
export function NoTicket({ error }: { error: ReadError | null }) {
  if (!error) {
    return (
      <Notice tone="info" title="No ticket found on this page">
        <p>
          Deskpilot reads the open ticket in {SUPPORTED}. This page is not one of them, or it has not finished loading.
        </p>
        <p>Open a ticket in your helpdesk and this panel will follow it.</p>
      </Notice>
    );
  }
  return (
    <Notice tone={error.code === 'no-ticket-open' ? 'info' : 'warning'} title="No ticket found on this page">
      <p>{error.message}</p>
      {error.code === 'no-conversation' && (
        <p>The helpdesk may have changed its page layout. Reload the page; if this stays, report it with the page’s address.</p>
      )}
    </Notice>
  );
}
