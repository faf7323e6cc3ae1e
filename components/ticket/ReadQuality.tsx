import { notableMissing, type Ticket } from '@/lib/domain/ticket';
import type { ManualSource } from '@/lib/store/reads-slice';
import { helpdeskById } from '@/lib/helpdesks/registry';
import { usePanel } from '@/lib/store/panel-context';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { AlwaysReadSite } from '@/components/sites/AlwaysReadSite';
import { fieldList } from './fields';

const SOURCE_LABELS: Record<ManualSource, string> = {
  generic: 'Read by the generic reader',
  selection: 'Read from your selection',
  paste: 'Read from pasted text',
};

/** How the ticket was read and what is missing, so no gap passes silently. */
export function ReadQuality({ tabId, ticket, source }: { tabId: number; ticket: Ticket; source: ManualSource | null }) {
  const readWithGeneric = usePanel((s) => s.readWithGeneric);
  const backToPage = usePanel((s) => s.backToPage);
  const missing = notableMissing(ticket.missing);
  const adapter = helpdeskById(ticket.helpdesk);
  const confidence = ticket.confidence === undefined ? '' : ` · confidence ${Math.round(ticket.confidence * 100)}%`;
  const host = ticket.url.startsWith('http') ? new URL(ticket.url).hostname : null;

  if (source || ticket.helpdesk === 'generic') {
    return (
      <Notice tone={ticket.confidence !== undefined && ticket.confidence < 0.5 ? 'warning' : 'info'}>
        <p>
          {SOURCE_LABELS[source ?? 'generic']}
          {confidence}.{missing.length > 0 && ` Not found: ${fieldList(missing)}.`} Check the details before you insert.
        </p>
        {source && (
          <Button variant="ghost" onClick={() => backToPage(tabId)}>
            Back to the page’s own reading
          </Button>
        )}
        {source === null && host && <AlwaysReadSite host={host} />}
      </Notice>
    );
  }
  if (missing.length === 0 || !adapter) return null;
  return (
    <Notice tone="warning" title={`${adapter.label}’s page did not show: ${fieldList(missing)}`}>
      <p>The helpdesk may have changed its page. Fill these in yourself, or try the generic reader.</p>
      <Button variant="ghost" onClick={() => void readWithGeneric(tabId)}>
        Read with the generic reader
      </Button>
    </Notice>
  );
}
