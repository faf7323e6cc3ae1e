import type { RenderContext } from '@/lib/templates/engine';
import type { Order } from '@/lib/orders/model';
import type { ShopPolicies } from '@/lib/templates/variables';

/**
 * The preview's made-up ticket and order: a customer asking where her parcel is, an order that
 * shipped with DPD and has every field templates read, the shop's policies in each library language.
 */
export const SAMPLE_ORDER: Order = {
  id: 'sample-1047',
  name: '#1047',
  order_number: '1047',
  email: 'emma.thompson@example.com',
  created_at: '2025-03-10T14:22:00+00:00',
  currency: 'GBP',
  total_price: '86.50',
  financial_status: 'paid',
  fulfillment_status: 'fulfilled',
  cancelled_at: null,
  customer: { first_name: 'Emma', last_name: 'Thompson', email: 'emma.thompson@example.com', phone: null },
  line_items: [
    { title: 'Merino wool jumper', variant_title: 'M / Forest green', sku: 'MWJ-M-GRN', quantity: 1, price: '68.00' },
    { title: 'Cotton socks (3 pairs)', variant_title: null, sku: 'CS-3P', quantity: 1, price: '12.50' },
  ],
  fulfillments: [
    {
      status: 'success',
      created_at: '2025-03-11T09:05:00+00:00',
      tracking_company: 'DPD',
      tracking_number: '15501234567890',
      tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890',
      estimated_delivery_at: '2025-03-13',
    },
  ],
  refunds: [],
  shipping_address: { name: 'Emma Thompson', address1: '14 Willow Lane', city: 'Bristol', zip: 'BS6 5AB', country: 'United Kingdom' },
  order_status_url: 'https://northwind-goods.example/orders/1047/status',
  source: { kind: 'shopify-api', label: 'Sample order' },
};

const SAMPLE_POLICIES: ShopPolicies = {
  shipping: {
    en: 'Orders leave our warehouse within 2 working days; delivery takes 2–4 working days.',
    fr: 'Les commandes quittent notre entrepôt sous 2 jours ouvrés ; la livraison prend 2 à 4 jours ouvrés.',
    de: 'Bestellungen verlassen unser Lager innerhalb von 2 Werktagen; die Lieferung dauert 2–4 Werktage.',
    es: 'Los pedidos salen de nuestro almacén en 2 días laborables; la entrega tarda de 2 a 4 días laborables.',
    ro: 'Comenzile pleacă din depozit în 2 zile lucrătoare; livrarea durează 2–4 zile lucrătoare.',
  },
  returns: {
    en: 'You can return unworn items within 30 days of delivery.',
    fr: 'Vous pouvez retourner les articles non portés dans les 30 jours suivant la livraison.',
    de: 'Ungetragene Artikel können Sie innerhalb von 30 Tagen nach Lieferung zurücksenden.',
    es: 'Puede devolver los artículos sin usar en un plazo de 30 días desde la entrega.',
    ro: 'Puteți returna articolele nepurtate în 30 de zile de la livrare.',
  },
  refunds: {
    en: 'Refunds reach your account 5–10 working days after we issue them.',
    fr: 'Les remboursements arrivent sur votre compte 5 à 10 jours ouvrés après leur émission.',
    de: 'Erstattungen gehen 5–10 Werktage nach der Ausstellung auf Ihrem Konto ein.',
    es: 'Los reembolsos llegan a su cuenta de 5 a 10 días laborables después de emitirlos.',
    ro: 'Rambursările ajung în cont în 5–10 zile lucrătoare de la emitere.',
  },
};

/** The sample ticket and, unless `withOrder` is false, its order; `language` formats money and dates. */
export function sampleContext(language: string, withOrder: boolean): RenderContext {
  return {
    language: /^[a-z]{2}$/.test(language) ? language : 'en',
    order: withOrder ? SAMPLE_ORDER : null,
    ticket: {
      id: '48213',
      subject: 'Where is my order #1047?',
      customerName: 'Emma Thompson',
      customerEmail: 'emma.thompson@example.com',
      orderNumber: '1047',
    },
    agent: { name: 'Sam Carter' },
    shop: { name: 'Northwind Goods', policies: SAMPLE_POLICIES },
  };
}
