import type { IntentId } from '../../intent/types';
import type { OrderState, Template } from '../types';

/**
 * The built-in library's variants, shared by every language: which intent each serves, in which
 * order states, with which tags. A language file gives each variant a name and a body; the type
 * below makes a missing variant a compile error.
 */

const WITH_ORDER: OrderState[] = ['unfulfilled', 'shipped', 'delivered', 'late', 'cancelled', 'refunded'];

interface VariantSpec {
  intent: IntentId;
  orderStates: OrderState[];
  tags: string[];
}

export const VARIANTS = {
  'track_order.no_order': { intent: 'track_order', orderStates: ['no_order'], tags: ['shipping', 'ask-order-number'] },
  'track_order.unfulfilled': { intent: 'track_order', orderStates: ['unfulfilled'], tags: ['shipping'] },
  'track_order.shipped': { intent: 'track_order', orderStates: ['shipped'], tags: ['shipping', 'tracking'] },
  'track_order.delivered': { intent: 'track_order', orderStates: ['delivered'], tags: ['shipping'] },
  'track_order.late': { intent: 'track_order', orderStates: ['late'], tags: ['shipping', 'tracking', 'apology'] },
  'track_order.cancelled': { intent: 'track_order', orderStates: ['cancelled'], tags: ['shipping'] },
  'track_order.refunded': { intent: 'track_order', orderStates: ['refunded'], tags: ['shipping', 'refund'] },

  'delivery_period.general': { intent: 'delivery_period', orderStates: [], tags: ['shipping', 'policy'] },
  'delivery_period.unfulfilled': { intent: 'delivery_period', orderStates: ['unfulfilled'], tags: ['shipping', 'policy'] },
  'delivery_period.shipped': { intent: 'delivery_period', orderStates: ['shipped'], tags: ['shipping', 'tracking'] },
  'delivery_period.late': { intent: 'delivery_period', orderStates: ['late'], tags: ['shipping', 'tracking', 'apology'] },
  'delivery_period.delivered': { intent: 'delivery_period', orderStates: ['delivered'], tags: ['shipping'] },

  'delivery_options.general': { intent: 'delivery_options', orderStates: [], tags: ['shipping', 'policy'] },

  'cancel_order.no_order': { intent: 'cancel_order', orderStates: ['no_order'], tags: ['cancellation', 'ask-order-number'] },
  'cancel_order.before_shipping': { intent: 'cancel_order', orderStates: ['unfulfilled'], tags: ['cancellation'] },
  'cancel_order.after_shipping': { intent: 'cancel_order', orderStates: ['shipped', 'late', 'delivered'], tags: ['cancellation', 'returns', 'policy'] },
  'cancel_order.closed': { intent: 'cancel_order', orderStates: ['cancelled', 'refunded'], tags: ['cancellation'] },

  'change_order.no_order': { intent: 'change_order', orderStates: ['no_order'], tags: ['order-change', 'ask-order-number'] },
  'change_order.before_shipping': { intent: 'change_order', orderStates: ['unfulfilled'], tags: ['order-change'] },
  'change_order.after_shipping': { intent: 'change_order', orderStates: ['shipped', 'late', 'delivered'], tags: ['order-change', 'returns', 'policy'] },
  'change_order.closed': { intent: 'change_order', orderStates: ['cancelled', 'refunded'], tags: ['order-change'] },

  'change_shipping_address.no_order': { intent: 'change_shipping_address', orderStates: ['no_order'], tags: ['address', 'ask-order-number'] },
  'change_shipping_address.before_shipping': { intent: 'change_shipping_address', orderStates: ['unfulfilled'], tags: ['address'] },
  'change_shipping_address.in_transit': { intent: 'change_shipping_address', orderStates: ['shipped', 'late'], tags: ['address', 'tracking'] },
  'change_shipping_address.delivered': { intent: 'change_shipping_address', orderStates: ['delivered'], tags: ['address'] },
  'change_shipping_address.closed': { intent: 'change_shipping_address', orderStates: ['cancelled', 'refunded'], tags: ['address'] },

  'return_request.no_order': { intent: 'return_request', orderStates: ['no_order'], tags: ['returns', 'policy', 'ask-order-number'] },
  'return_request.before_shipping': { intent: 'return_request', orderStates: ['unfulfilled'], tags: ['returns', 'cancellation'] },
  'return_request.with_order': { intent: 'return_request', orderStates: [], tags: ['returns', 'policy'] },

  'get_refund.no_order': { intent: 'get_refund', orderStates: ['no_order'], tags: ['refund', 'ask-order-number'] },
  'get_refund.refunded': { intent: 'get_refund', orderStates: ['refunded'], tags: ['refund'] },
  'get_refund.not_refunded': { intent: 'get_refund', orderStates: [], tags: ['refund', 'policy'] },

  'track_refund.no_order': { intent: 'track_refund', orderStates: ['no_order'], tags: ['refund', 'ask-order-number'] },
  'track_refund.refunded': { intent: 'track_refund', orderStates: ['refunded'], tags: ['refund', 'policy'] },
  'track_refund.not_refunded': { intent: 'track_refund', orderStates: [], tags: ['refund', 'policy'] },

  'check_refund_policy.general': { intent: 'check_refund_policy', orderStates: [], tags: ['refund', 'returns', 'policy'] },

  'damaged_item.no_order': { intent: 'damaged_item', orderStates: ['no_order'], tags: ['damaged', 'ask-order-number'] },
  'damaged_item.with_order': { intent: 'damaged_item', orderStates: [], tags: ['damaged'] },

  'wrong_item.no_order': { intent: 'wrong_item', orderStates: ['no_order'], tags: ['wrong-item', 'ask-order-number'] },
  'wrong_item.with_order': { intent: 'wrong_item', orderStates: [], tags: ['wrong-item'] },

  'missing_item.no_order': { intent: 'missing_item', orderStates: ['no_order'], tags: ['missing-item', 'ask-order-number'] },
  'missing_item.not_delivered': { intent: 'missing_item', orderStates: ['unfulfilled', 'shipped', 'late'], tags: ['missing-item', 'tracking'] },
  'missing_item.with_order': { intent: 'missing_item', orderStates: [], tags: ['missing-item'] },

  'payment_issue.general': { intent: 'payment_issue', orderStates: [], tags: ['payment'] },
  'payment_issue.with_order': { intent: 'payment_issue', orderStates: WITH_ORDER, tags: ['payment'] },

  'invoice.no_order': { intent: 'invoice', orderStates: ['no_order'], tags: ['invoice', 'ask-order-number'] },
  'invoice.with_order': { intent: 'invoice', orderStates: [], tags: ['invoice'] },

  'discount_code.general': { intent: 'discount_code', orderStates: [], tags: ['discount'] },
  'discount_code.with_order': { intent: 'discount_code', orderStates: WITH_ORDER, tags: ['discount'] },

  'complaint.general': { intent: 'complaint', orderStates: [], tags: ['complaint', 'apology'] },
  'complaint.with_order': { intent: 'complaint', orderStates: WITH_ORDER, tags: ['complaint', 'apology'] },

  'contact_human_agent.general': { intent: 'contact_human_agent', orderStates: [], tags: ['handover'] },

  'other.general': { intent: 'other', orderStates: [], tags: ['general'] },
} as const satisfies Record<string, VariantSpec>;

export type VariantKey = keyof typeof VARIANTS;

export interface LanguageText {
  /** Shown in the template manager. */
  name: string;
  body: string;
}

/** Builds one language's templates: ids are `<variant>.<language>`, e.g. `track_order.shipped.en`. */
export function defineLanguage(language: string, texts: Record<VariantKey, LanguageText>): Template[] {
  return (Object.keys(VARIANTS) as VariantKey[]).map((key) => {
    const spec: VariantSpec = VARIANTS[key];
    const { name, body } = texts[key];
    return {
      id: `${key}.${language}`,
      name,
      intent: spec.intent,
      language,
      orderStates: [...spec.orderStates],
      tags: [...spec.tags],
      body,
      builtIn: true,
      updatedAt: 0,
    };
  });
}
