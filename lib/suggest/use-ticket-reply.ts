import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { DeskpilotDb } from '../db/schema';
import { findOrders } from '../db/orders';
import { listTemplates } from '../db/templates';
import { ticketKey, type Ticket } from '../domain/ticket';
import { detectIntent } from '../intent/detect';
import type { LiveLookup, LiveQuery } from '../orders/live';
import { lookupOrder, orderState, verifyOrder, type LookupResult } from '../orders/lookup';
import type { Order } from '../orders/model';
import { getActiveProfile, profilesItem } from '../settings/profiles';
import { useStoredValue } from '../settings/use-stored-value';
import type { Settings } from '../settings/items';
import type { TicketChoices } from '../store/choices-slice';
import { BUILT_IN_TEMPLATES } from '../templates/library';
import { suggest, type SuggestResult } from './pipeline';

/** What the panel needs from outside to find a ticket's orders. */
export interface ReplyServices {
  db: DeskpilotDb;
  lookupLive(query: LiveQuery): Promise<LiveLookup>;
}

export interface TicketReply {
  /** Orders found for the ticket, and the one in use (the agent's pick, else the lookup's). */
  lookup: LookupResult;
  order: Order | null;
  live: LiveLookup | null;
  result: SuggestResult;
}

const readActiveProfileId = async (): Promise<string | null> => (await getActiveProfile()).id;

/**
 * The ticket's orders (shop API, imported files, the helpdesk page) and the ranked suggestions for it,
 * recomputed when the agent changes the intent, the order or confirms an e-mail mismatch.
 */
export function useTicketReply(ticket: Ticket, settings: Settings, choices: TicketChoices, services: ReplyServices, pageOrders: readonly Order[] = []): TicketReply {
  const { db, lookupLive } = services;
  const profileId = useStoredValue(profilesItem, readActiveProfileId, null);
  const numbers = ticket.orderNumbers.join(',');
  const email = ticket.customer.email;
  const key = ticketKey(ticket);

  const stored = useLiveQuery(
    () => (profileId ? findOrders(db, profileId, { orderNumbers: numbers ? numbers.split(',') : [], email }) : Promise.resolve([])),
    [db, profileId, numbers, email],
  );
  const userTemplates = useLiveQuery(() => listTemplates(db), [db]);

  const [live, setLive] = useState<{ key: string; value: LiveLookup } | null>(null);
  useEffect(() => {
    let current = true;
    lookupLive({ ticketKey: key, orderNumbers: numbers ? numbers.split(',') : [], email })
      .then((value) => current && setLive({ key, value }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [lookupLive, key, numbers, email]);
  const liveHere = live?.key === key ? live.value : null;

  return useMemo(() => {
    // The first source that has an order wins: the shop's API, then imported files (whole
    // orders), then what the helpdesk shows beside the ticket (a number, a status, a total).
    const candidates = [...(liveHere?.state === 'done' ? liveHere.orders : []), ...(stored ?? []), ...pageOrders];
    const lookup = lookupOrder({ ticket, candidates });
    const picked = choices.order ? [lookup.order, ...lookup.alternatives].find((o) => o?.order_number === choices.order) : undefined;
    const order = picked ?? lookup.order;
    const result = suggest(
      {
        ticket,
        orders: order ? [order] : [],
        templates: [...(userTemplates ?? []), ...BUILT_IN_TEMPLATES],
        settings: { agentName: settings.agentName, shopName: settings.shopName, policies: settings.policies },
        now: new Date(),
        intentOverride: choices.intent,
        orderConfirmed: choices.orderConfirmed,
      },
      {
        detectIntent,
        // The order in use is settled above; the pipeline checks it against the requester.
        lookupOrder: ({ ticket: t }) => (order ? { order, ...verifyOrder(t, order) } : { order: null, mismatch: null }),
        orderState,
      },
    );
    return { lookup, order, live: liveHere, result };
  }, [ticket, stored, userTemplates, liveHere, pageOrders, choices.order, choices.intent, choices.orderConfirmed, settings]);
}
