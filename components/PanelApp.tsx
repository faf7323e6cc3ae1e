import { useEffect, type ReactNode } from 'react';
import { ticketKey, type ReadResult, type Ticket } from '@/lib/domain/ticket';
import { ReplyServicesContext, useReplyServices } from '@/lib/suggest/services-context';
import { useTicketReply, type ReplyServices } from '@/lib/suggest/use-ticket-reply';
import type { TicketChoices } from '@/lib/store/choices-slice';
import { OrderSection } from './orders/OrderSection';
import { saveCurrentReply } from '@/lib/session/current-reply';
import { verifyOrder } from '@/lib/orders/lookup';
import type { Order } from '@/lib/orders/model';
import { useSettings } from '@/lib/settings/use-settings';
import { usePanelTab } from '@/lib/session/use-panel-tab';
import { useTabTicket, type TabView } from '@/lib/session/use-tab-ticket';
import { usePanel } from '@/lib/store/panel-context';
import type { ManualSource } from '@/lib/store/reads-slice';
import { PanelStoreContext } from '@/lib/store/panel-context';
import type { PanelStore } from '@/lib/store/panel-store';
import { Conversation } from './ticket/Conversation';
import { CustomerCard } from './ticket/CustomerCard';
import { NoTicket } from './ticket/NoTicket';
import { NotesList } from './ticket/NotesList';
import { ReadQuality } from './ticket/ReadQuality';
import { ReadSourceBar } from './ticket/ReadSourceBar';
import { Notice } from './ui/Notice';
import { TicketHeader } from './ticket/TicketHeader';
import { SuggestionEditor } from './suggestion/SuggestionEditor';

const NO_CHOICES: TicketChoices = {};
const NO_ORDERS: Order[] = [];

interface Props {
  store: PanelStore;
  services: ReplyServices;
  search: string;
  askPage: (tabId: number) => Promise<ReadResult>;
  version: string;
}

/** The side panel: the open ticket of its tab, and a reply to insert. */
export function PanelApp({ store, services, search, askPage, version }: Props) {
  const tabId = usePanelTab(search);
  return (
    <PanelStoreContext.Provider value={store}>
      <ReplyServicesContext.Provider value={services}>
        <div className="panel">
          <header className="topbar">
            <span className="brand">
              <span className="brand-mark" aria-hidden="true">D</span> Deskpilot
            </span>
            <span className="mode-badge" title="Suggestions are made in this browser; only your own shop's API is asked for orders.">
              Offline
            </span>
          </header>
          <main className="panel-body">
            {tabId === undefined ? <Loading /> : <TabContent tabId={tabId} askPage={askPage} />}
          </main>
          <footer className="panel-footer">
            <a href="/options.html" target="_blank" rel="noreferrer">
              Templates, shops & corrections
            </a>
            <span>v{version}</span>
          </footer>
        </div>
      </ReplyServicesContext.Provider>
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
  if (tabId === null) return <NoTicket error={null} />;
  return <TabReads tabId={tabId} view={view} />;
}

function TabReads({ tabId, view }: { tabId: number; view: TabView }) {
  const manual = usePanel((s) => s.manual[tabId]);
  const problem = usePanel((s) => s.readProblem[tabId]);
  const tryReader = usePanel((s) => s.tryReader);
  const unreadable = view.state === 'unreadable';
  // No Deskpilot reader on this page yet: run it (allowed when the agent clicked Deskpilot here).
  useEffect(() => {
    if (unreadable) void tryReader(tabId);
  }, [unreadable, tabId, tryReader]);

  const result = manual?.result ?? (view.state === 'read' ? view.result : null);
  let body: ReactNode;
  if (!result) body = view.state === 'loading' ? <Loading /> : <NoTicket error={null} />;
  else if (!result.ok) body = <NoTicket error={result.error} />;
  else body = <TicketView tabId={tabId} ticket={result.ticket} source={manual?.source ?? null} pageOrders={!manual && view.state === 'read' ? view.pageOrders : NO_ORDERS} />;
  return (
    <>
      {problem && (
        <Notice tone="warning" title="Could not read">
          {problem}
        </Notice>
      )}
      {body}
      <ReadSourceBar tabId={tabId} />
    </>
  );
}

function TicketView({ tabId, ticket, source, pageOrders }: { tabId: number; ticket: Ticket; source: ManualSource | null; pageOrders: Order[] }) {
  const settings = useSettings();
  const choices = usePanel((s) => s.choices[ticketKey(ticket)]) ?? NO_CHOICES;
  const reply = useTicketReply(ticket, settings, choices, useReplyServices(), pageOrders);
  // The template manager previews against the ticket the agent last looked at.
  const usableOrder = reply.order && (choices.orderConfirmed || verifyOrder(ticket, reply.order).emailCheck === 'same') ? reply.order : null;
  useEffect(() => {
    void saveCurrentReply({ ticket, order: usableOrder, agentName: settings.agentName, shopName: settings.shopName, policies: settings.policies }).catch(() => undefined);
  }, [ticket, usableOrder, settings]);
  return (
    <>
      <TicketHeader ticket={ticket} />
      <ReadQuality tabId={tabId} ticket={ticket} source={source} />
      <CustomerCard customer={ticket.customer} orderNumbers={ticket.orderNumbers} />
      <OrderSection ticket={ticket} reply={reply} />
      <SuggestionEditor tabId={tabId} ticket={ticket} result={reply.result} defaultMode={settings.insertMode} />
      <Conversation messages={ticket.messages} />
      <NotesList notes={ticket.notes} />
    </>
  );
}
