import { ticketKey, type Ticket } from '@/lib/domain/ticket';
import type { TicketReply } from '@/lib/suggest/use-ticket-reply';
import { verifyOrder } from '@/lib/orders/lookup';
import { usePanel } from '@/lib/store/panel-context';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { OrderCard } from './OrderCard';

function liveProblem(reply: TicketReply): string | null {
  const live = reply.live;
  if (!live || live.state === 'not-connected') return null;
  if (live.state === 'no-permission') return `Deskpilot may not reach ${live.shop} yet: allow it in the options, under Shops & orders.`;
  return live.errors.length > 0 ? live.errors.join(' ') : null;
}

/** The order the reply is about, the customer's other orders, and the e-mail check. */
export function OrderSection({ ticket, reply }: { ticket: Ticket; reply: TicketReply }) {
  const key = ticketKey(ticket);
  const confirmed = usePanel((s) => s.choices[key]?.orderConfirmed) ?? false;
  const choose = usePanel((s) => s.choose);
  const { order, lookup } = reply;
  const problem = liveProblem(reply);
  const notices = reply.live?.state === 'done' ? reply.live.notices : [];

  if (!order) {
    const numbers = ticket.orderNumbers.map((n) => `#${n}`).join(', ');
    return (
      <Notice tone="info" title={numbers ? `No order found for ${numbers}` : 'No order found for this customer'}>
        <p>
          {reply.live?.state === 'not-connected' || !reply.live
            ? 'Connect your shop or import an orders export in the options (Shops & orders); until then order facts stay blank for you to fill.'
            : 'Order facts stay blank for you to fill.'}
        </p>
        {problem && <p>{problem}</p>}
      </Notice>
    );
  }
  const others = [lookup.order, ...lookup.alternatives].filter((o): o is NonNullable<typeof o> => o !== null);
  const check = verifyOrder(ticket, order);
  const picker =
    others.length > 1 ? (
      <label className="order-picker">
        <span className="visually-hidden">Order</span>
        <select value={order.order_number} onChange={(e) => choose(key, { order: e.target.value, orderConfirmed: false })}>
          {others.map((o) => (
            <option key={o.order_number} value={o.order_number}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
    ) : undefined;
  return (
    <>
      {check.emailCheck !== 'same' && !confirmed && (
        <Notice tone="warning" title="Is this the customer’s order?">
          <p>
            {check.mismatch
              ? `Order ${order.name} was placed with ${check.mismatch.orderEmail}, but the ticket is from ${check.mismatch.ticketEmail}.`
              : `Nothing shows order ${order.name} is the requester’s: ${ticket.customer.email ? 'the order has no e-mail' : 'the ticket shows no e-mail'}.`}{' '}
            Its details stay out of the reply until you confirm.
          </p>
          <Button onClick={() => choose(key, { orderConfirmed: true })}>Yes, it is the customer’s order</Button>
        </Notice>
      )}
      <OrderCard order={order} aside={picker} />
      {(problem || notices.length > 0) && (
        <Notice tone="info">
          {[problem, ...notices].filter(Boolean).join(' ')}
        </Notice>
      )}
    </>
  );
}
