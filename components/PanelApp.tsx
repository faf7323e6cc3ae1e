import { useMemo } from 'react';
import type { ReadResult, Ticket } from '@/lib/domain/ticket';
import { greetingSuggestion } from '@/lib/suggest/greeting';
import { useSettings } from '@/lib/settings/use-settings';
import { usePanelTab } from '@/lib/session/use-panel-tab';
import { useTabTicket } from '@/lib/session/use-tab-ticket';
import { PanelStoreContext } from '@/lib/store/panel-context';
import type { PanelStore } from '@/lib/store/panel-store';
import { Conversation } from './ticket/Conversation';
import { CustomerCard } from './ticket/CustomerCard';
import { NoTicket } from './ticket/NoTicket';
import { NotesList } from './ticket/NotesList';
import { TicketHeader } from './ticket/TicketHeader';
import { SuggestionEditor } from './suggestion/SuggestionEditor';

interface Props {
  store: PanelStore;
  search: string;
  askPage: (tabId: number) => Promise<ReadResult>;
  version: string;
}

/** The side panel: the open ticket of its tab, and a reply to insert. */
export function PanelApp({ store, search, askPage, version }: Props) {
  const tabId = usePanelTab(search);
  return (
    <PanelStoreContext.Provider value={store}>
      <div className="panel">
        <header className="topbar">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">D</span> Deskpilot
          </span>
          <span className="mode-badge" title="Suggestions are made in this browser; nothing is sent anywhere.">
            Offline
          </span>
        </header>
        <main className="panel-body">
          {tabId === undefined ? <Loading /> : <TabContent tabId={tabId} askPage={askPage} />}
        </main>
        <footer className="panel-footer">
          <a href="/options.html" target="_blank" rel="noreferrer">
            Corrections & settings
          </a>
          <span>v{version}</span>
        </footer>
      </div>
    </PanelStoreContext.Provider>
  );
}

function Loading() {
  return (
    <p className="loading" role="status">
      Reading the ticket…
    </p>
  );
}

function TabContent({ tabId, askPage }: { tabId: number | null; askPage: Props['askPage'] }) {
  const view = useTabTicket(tabId, askPage);
  if (view.state === 'loading') return <Loading />;
  if (view.state === 'unreadable' || tabId === null) return <NoTicket error={null} />;
  if (!view.result.ok) return <NoTicket error={view.result.error} />;
  return <TicketView tabId={tabId} ticket={view.result.ticket} />;
}

function TicketView({ tabId, ticket }: { tabId: number; ticket: Ticket }) {
  const settings = useSettings();
  const suggestion = useMemo(() => greetingSuggestion(ticket, settings), [ticket, settings]);
  return (
    <>
      <TicketHeader ticket={ticket} />
      <CustomerCard customer={ticket.customer} orderNumbers={ticket.orderNumbers} />
      <SuggestionEditor tabId={tabId} ticket={ticket} suggestion={suggestion} defaultMode={settings.insertMode} />
      <Conversation messages={ticket.messages} />
      <NotesList notes={ticket.notes} />
    </>
  );
}
