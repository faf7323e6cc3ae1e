/**
 * Builds orders from rows of cells, whatever the file: every parser (Shopify export, WooCommerce
 * export, a file with a mapping the user confirmed) says which cell holds which order field, and
 * this does the rest the same way for all. Rows with the same order number are one order (an
 * order with several line items spans several rows; order fields may be on the first row only).
 */
import { trackingUrl } from './carriers';
import { orderKey, type Address, type Customer, type Fulfillment, type LineItem, type Order, type OrderSource, type Refund } from './model';
import {
  isPositiveMoney,
  orderNumberOf,
  parseCurrency,
  parseDate,
  parseEmail,
  parseMoney,
  parseQuantity,
  quote,
  splitName,
  statusWord,
  text,
  unitPrice,
  type ParseResult,
} from './values';

/** Every field a column can fill, with the label the mapping preview shows. */
export const ORDER_FIELDS = [
  { field: 'order_number', label: 'Order number', required: true },
  { field: 'name', label: 'Order name as shown ("#1047")', required: false },
  { field: 'id', label: 'Order id', required: false },
  { field: 'email', label: 'Customer e-mail', required: false },
  { field: 'created_at', label: 'Order date', required: false },
  { field: 'currency', label: 'Currency', required: false },
  { field: 'total_price', label: 'Order total', required: false },
  { field: 'status', label: 'Order status (one column for payment and shipping)', required: false },
  { field: 'financial_status', label: 'Payment status', required: false },
  { field: 'fulfillment_status', label: 'Fulfilment status', required: false },
  { field: 'cancelled_at', label: 'Cancelled at', required: false },
  { field: 'customer.name', label: 'Customer full name', required: false },
  { field: 'customer.first_name', label: 'Customer first name', required: false },
  { field: 'customer.last_name', label: 'Customer last name', required: false },
  { field: 'customer.phone', label: 'Customer phone', required: false },
  { field: 'line_items.title', label: 'Item name', required: false },
  { field: 'line_items.variant_title', label: 'Item variant (size, colour)', required: false },
  { field: 'line_items.sku', label: 'Item SKU', required: false },
  { field: 'line_items.quantity', label: 'Item quantity', required: false },
  { field: 'line_items.price', label: 'Item unit price', required: false },
  { field: 'line_items.total', label: 'Item line total (price × quantity)', required: false },
  { field: 'fulfilled_at', label: 'Shipped at', required: false },
  { field: 'tracking_company', label: 'Carrier', required: false },
  { field: 'tracking_number', label: 'Tracking number', required: false },
  { field: 'tracking_url', label: 'Tracking link', required: false },
  { field: 'estimated_delivery_at', label: 'Estimated delivery', required: false },
  { field: 'refund_amount', label: 'Refunded amount', required: false },
  { field: 'refunded_at', label: 'Refunded at', required: false },
  { field: 'shipping_address.name', label: 'Ship to: name', required: false },
  { field: 'shipping_address.address1', label: 'Ship to: street', required: false },
  { field: 'shipping_address.city', label: 'Ship to: city', required: false },
  { field: 'shipping_address.zip', label: 'Ship to: postcode', required: false },
  { field: 'shipping_address.country', label: 'Ship to: country', required: false },
  { field: 'order_status_url', label: 'Order status page link', required: false },
] as const;

export type OrderField = (typeof ORDER_FIELDS)[number]['field'];

export function isOrderField(value: unknown): value is OrderField {
  return typeof value === 'string' && ORDER_FIELDS.some((f) => f.field === value);
}

const ITEM_FIELDS: readonly OrderField[] = [
  'line_items.title',
  'line_items.variant_title',
  'line_items.sku',
  'line_items.quantity',
  'line_items.price',
  'line_items.total',
];

/** A line item read from a combined cell (WooCommerce's `line_items`), before checks. */
export interface RawLineItem {
  title: string;
  variant_title?: string;
  sku?: string;
  quantity?: string;
  price?: string;
  total?: string;
}

export interface InputRow {
  /** For messages: "row 7" in a CSV, "item 3" in a JSON file. */
  where: string;
  /** Raw cell text by field; a field with no column is absent. */
  values: Partial<Record<OrderField, string>>;
  /** Line items from a combined cell, besides the row's own item fields. */
  items?: RawLineItem[];
}

/** What a status word says about payment, shipping and cancellation. */
export interface StatusReading {
  financial_status?: string;
  /** `null`: not shipped. */
  fulfillment_status?: string | null;
  /** The carrier's state of the parcel ("in_transit", "delivered"), kept as the fulfilment status. */
  shipment_status?: string;
  cancelled?: boolean;
  /** Fully refunded: without a refunded amount, the total was refunded. */
  refundedInFull?: boolean;
}

const STATUS_WORDS: Record<string, StatusReading> = {
  // payment
  paid: { financial_status: 'paid' },
  pending: { financial_status: 'pending' },
  pending_payment: { financial_status: 'pending' },
  awaiting_payment: { financial_status: 'pending' },
  unpaid: { financial_status: 'pending' },
  authorized: { financial_status: 'authorized' },
  partially_paid: { financial_status: 'partially_paid' },
  failed: { financial_status: 'failed' },
  draft: { financial_status: 'pending' },
  checkout_draft: { financial_status: 'pending' },
  // WooCommerce: on-hold waits for the payment to be confirmed, processing is paid and not shipped
  on_hold: { financial_status: 'pending', fulfillment_status: null },
  processing: { financial_status: 'paid', fulfillment_status: null },
  completed: { financial_status: 'paid', fulfillment_status: 'fulfilled' },
  complete: { financial_status: 'paid', fulfillment_status: 'fulfilled' },
  // shipping
  unfulfilled: { fulfillment_status: null },
  not_shipped: { fulfillment_status: null },
  open: { fulfillment_status: null },
  fulfilled: { fulfillment_status: 'fulfilled' },
  shipped: { fulfillment_status: 'fulfilled' },
  dispatched: { fulfillment_status: 'fulfilled' },
  sent: { fulfillment_status: 'fulfilled' },
  partial: { fulfillment_status: 'partial' },
  partially_fulfilled: { fulfillment_status: 'partial' },
  partially_shipped: { fulfillment_status: 'partial' },
  partial_shipped: { fulfillment_status: 'partial' },
  in_transit: { fulfillment_status: 'fulfilled', shipment_status: 'in_transit' },
  out_for_delivery: { fulfillment_status: 'fulfilled', shipment_status: 'out_for_delivery' },
  delivered: { fulfillment_status: 'fulfilled', shipment_status: 'delivered' },
  restocked: { fulfillment_status: 'restocked' },
  // ends
  cancelled: { cancelled: true, financial_status: 'voided' },
  canceled: { cancelled: true, financial_status: 'voided' },
  voided: { cancelled: true, financial_status: 'voided' },
  refunded: { financial_status: 'refunded', refundedInFull: true },
  partially_refunded: { financial_status: 'partially_refunded' },
};

/**
 * One status column read as payment and shipping states: WooCommerce's slugs and labels
 * ("wc-processing", "On hold", "Completed"), Shopify's words and plain ones ("Shipped", "Delivered").
 */
export function readStatus(raw: string): StatusReading | null {
  const word = statusWord(raw)?.replace(/^wc_/, '');
  if (!word) return null;
  return STATUS_WORDS[word] ?? null;
}

export interface AssembleOptions {
  source: OrderSource;
  /** Column names by field, for messages ("Total "abc" is not a number"). */
  columns: Partial<Record<OrderField, string>>;
  /** Whether slashed dates are day first, by field (see `inferDayFirst`). */
  dayFirst?: Partial<Record<OrderField, boolean>>;
  /** Shopify writes "Product - Variant" in one cell: split it at the last " - ". */
  splitVariantFromTitle?: boolean;
}

interface Draft {
  firstWhere: string;
  values: Partial<Record<OrderField, string>>;
  items: LineItem[];
  email: string | null;
}

/** Groups rows into orders and checks every value; never throws on bad input. */
export function assembleOrders(rows: Iterable<InputRow>, options: AssembleOptions): ParseResult {
  const problems: string[] = [];
  const drafts = new Map<string, Draft>();
  const label = (field: OrderField) => options.columns[field] ?? ORDER_FIELDS.find((f) => f.field === field)?.label ?? field;

  for (const row of rows) {
    const numberField: OrderField = row.values.order_number === undefined ? 'name' : 'order_number';
    const rawNumber = text(row.values.order_number) ?? text(row.values.name);
    if (rawNumber === null) {
      if (Object.values(row.values).some((v) => v.trim() !== '')) {
        problems.push(`${row.where}: no order number in ${label(numberField)}; the row was left out`);
      }
      continue;
    }
    const number = orderNumberOf(rawNumber);
    if (number === null) {
      problems.push(`${row.where}: ${label(numberField)} ${quote(rawNumber)} is not an order number; the row was left out`);
      continue;
    }
    const rowEmail = readEmail(row, label, problems);
    let draft = drafts.get(number);
    if (!draft) {
      draft = { firstWhere: row.where, values: {}, items: [], email: rowEmail };
      drafts.set(number, draft);
    } else if (rowEmail && draft.email && rowEmail.toLowerCase() !== draft.email.toLowerCase()) {
      problems.push(
        `${row.where}: order #${number} has the e-mail ${rowEmail} here but ${draft.email} in ${draft.firstWhere}; the row was left out so that no customer sees another's items`,
      );
      continue;
    } else {
      draft.email ??= rowEmail;
    }
    for (const [field, value] of Object.entries(row.values) as [OrderField, string][]) {
      if (ITEM_FIELDS.includes(field) || field === 'email') continue;
      if (draft.values[field] === undefined && value.trim() !== '') draft.values[field] = value;
    }
    const item = readItem(row, label, options, problems);
    if (item) draft.items.push(item);
    for (const raw of row.items ?? []) {
      const extra = checkItem(raw, row.where, 'line item', problems);
      if (extra) draft.items.push(extra);
    }
  }

  const orders: Order[] = [];
  for (const [number, draft] of drafts) {
    orders.push(finishOrder(number, draft, options, label, problems));
  }
  return { orders, problems };
}

function readEmail(row: InputRow, label: (f: OrderField) => string, problems: string[]): string | null {
  const raw = row.values.email;
  if (raw === undefined || raw.trim() === '') return null;
  const email = parseEmail(raw);
  if (!email) problems.push(`${row.where}: ${label('email')} ${quote(raw)} is not an e-mail address`);
  return email;
}

function readItem(row: InputRow, label: (f: OrderField) => string, options: AssembleOptions, problems: string[]): LineItem | null {
  const v = row.values;
  const title = text(v['line_items.title']);
  const sku = text(v['line_items.sku']);
  if (!title && !sku) return null;
  let name = title ?? sku ?? '';
  let variant = text(v['line_items.variant_title']);
  if (options.splitVariantFromTitle && !variant && title) {
    const cut = title.lastIndexOf(' - ');
    if (cut > 0) {
      name = title.slice(0, cut).trim();
      variant = title.slice(cut + 3).trim() || null;
    }
  }
  return checkItem(
    { title: name, variant_title: variant ?? undefined, sku: sku ?? undefined, quantity: v['line_items.quantity'], price: v['line_items.price'], total: v['line_items.total'] },
    row.where,
    `${label('line_items.title')} ${quote(name)}`,
    problems,
    { quantity: label('line_items.quantity'), price: label('line_items.price'), total: label('line_items.total') },
  );
}

function checkItem(
  raw: RawLineItem,
  where: string,
  what: string,
  problems: string[],
  labels: { quantity: string; price: string; total: string } = { quantity: 'quantity', price: 'price', total: 'total' },
): LineItem | null {
  const title = raw.title.trim();
  if (title === '') return null;
  let quantity = 1;
  if (raw.quantity !== undefined && raw.quantity.trim() !== '') {
    const q = parseQuantity(raw.quantity);
    if (q === null) {
      problems.push(`${where}: ${labels.quantity} ${quote(raw.quantity)} is not a whole number; ${what} was left out`);
      return null;
    }
    quantity = q;
  }
  let price = '';
  if (raw.price !== undefined && raw.price.trim() !== '') {
    const money = parseMoney(raw.price);
    if (money) price = money.amount;
    else problems.push(`${where}: ${labels.price} ${quote(raw.price)} is not a number`);
  } else if (raw.total !== undefined && raw.total.trim() !== '') {
    const money = parseMoney(raw.total);
    if (money) price = unitPrice(money.amount, quantity);
    else problems.push(`${where}: ${labels.total} ${quote(raw.total)} is not a number`);
  }
  return {
    title,
    variant_title: text(raw.variant_title),
    sku: text(raw.sku),
    quantity,
    price,
  };
}

function finishOrder(
  number: string,
  draft: Draft,
  options: AssembleOptions,
  label: (f: OrderField) => string,
  problems: string[],
): Order {
  const v = draft.values;
  const where = draft.firstWhere;
  const money = (field: OrderField): { amount: string; currency: string | null } | null => {
    const raw = v[field];
    if (raw === undefined) return null;
    const parsed = parseMoney(raw);
    if (!parsed) problems.push(`${where}: ${label(field)} ${quote(raw)} is not a number`);
    return parsed;
  };
  const date = (field: OrderField): string | null => {
    const raw = v[field];
    if (raw === undefined) return null;
    const parsed = parseDate(raw, options.dayFirst?.[field] ?? true);
    if (!parsed) problems.push(`${where}: ${label(field)} ${quote(raw)} is not a date`);
    return parsed;
  };
  const link = (field: OrderField): string | null => {
    const raw = text(v[field]);
    if (!raw) return null;
    if (isWebLink(raw)) return raw;
    problems.push(`${where}: ${label(field)} ${quote(raw)} is not a web link`);
    return null;
  };

  let reading: StatusReading = {};
  if (v.status !== undefined) {
    const read = readStatus(v.status);
    if (read) reading = read;
    else problems.push(`${where}: ${label('status')} ${quote(v.status)} is not a status Deskpilot knows; it was left out`);
  }
  const total = money('total_price');
  let currency: string | null = null;
  if (v.currency !== undefined) {
    currency = parseCurrency(v.currency);
    if (!currency) problems.push(`${where}: ${label('currency')} ${quote(v.currency)} is not a currency code`);
  }
  currency ??= total?.currency ?? null;

  const financial = v.financial_status !== undefined ? statusWord(v.financial_status) : (reading.financial_status ?? null);
  const fulfillmentWord = v.fulfillment_status !== undefined ? statusWord(v.fulfillment_status) : (reading.fulfillment_status ?? null);
  const fulfillmentStatus = fulfillmentWord === 'unfulfilled' || fulfillmentWord === 'pending' ? null : fulfillmentWord;
  // A status column says "cancelled" without a date: financial_status "voided" carries it then.
  const cancelledAt = date('cancelled_at');

  const fulfillments = readFulfillments(v, reading, fulfillmentStatus, date, where, label, problems);
  const refunds: Refund[] = [];
  const refund = money('refund_amount');
  const refundedAt = date('refunded_at');
  if (refund && isPositiveMoney(refund.amount)) {
    refunds.push({ created_at: refundedAt, amount: refund.amount, note: null });
  } else if (!refund && reading.refundedInFull && total && isPositiveMoney(total.amount)) {
    refunds.push({ created_at: refundedAt, amount: total.amount, note: null });
  }

  const email = draft.email;
  const names = text(v['customer.first_name']) || text(v['customer.last_name'])
    ? { first_name: text(v['customer.first_name']), last_name: text(v['customer.last_name']) }
    : splitName(v['customer.name'] ?? '');
  const phone = text(v['customer.phone'], { stripQuote: true });
  const customer: Customer | null =
    names.first_name || names.last_name || email || phone ? { ...names, email, phone } : null;
  const address: Address = {
    name: text(v['shipping_address.name']),
    address1: text(v['shipping_address.address1']),
    city: text(v['shipping_address.city']),
    zip: text(v['shipping_address.zip'], { stripQuote: true }),
    country: text(v['shipping_address.country']),
  };
  const shownName = text(v.name);
  const fieldSources: Record<string, OrderSource> = {};
  fulfillments.forEach((f, i) => {
    if (f.tracking_url) return;
    const url = trackingUrl(f.tracking_company, f.tracking_number, address.country);
    if (!url) return;
    f.tracking_url = url;
    fieldSources[`fulfillments.${i}.tracking_url`] = { kind: options.source.kind, label: `${f.tracking_company ?? 'carrier'} tracking page for the number in ${options.source.label}` };
  });

  return {
    id: text(v.id) ?? number,
    name: shownName && orderKey(shownName) === number ? shownName : `#${number}`,
    order_number: number,
    email,
    created_at: date('created_at'),
    currency,
    total_price: total?.amount ?? null,
    financial_status: financial,
    fulfillment_status: fulfillmentStatus,
    cancelled_at: cancelledAt,
    customer,
    line_items: draft.items,
    fulfillments,
    refunds,
    shipping_address: Object.values(address).some((x) => x !== null) ? address : null,
    order_status_url: link('order_status_url'),
    source: options.source,
    ...(Object.keys(fieldSources).length > 0 ? { field_sources: fieldSources } : {}),
  };
}

function readFulfillments(
  v: Partial<Record<OrderField, string>>,
  reading: StatusReading,
  fulfillmentStatus: string | null,
  date: (f: OrderField) => string | null,
  where: string,
  label: (f: OrderField) => string,
  problems: string[],
): Fulfillment[] {
  const numbers = splitList(v.tracking_number);
  const companies = splitList(v.tracking_company);
  const urls = splitList(v.tracking_url, /[\s;]+|,(?=\s*https?:)/);
  const fulfilledAt = date('fulfilled_at');
  const eta = date('estimated_delivery_at');
  if (numbers.length === 0 && urls.length === 0 && !fulfilledAt && !reading.shipment_status && !eta) return [];
  const goodUrls = urls.map((u) => {
    if (isWebLink(u)) return u;
    problems.push(`${where}: ${label('tracking_url')} ${quote(u)} is not a web link`);
    return null;
  });
  const status =
    reading.shipment_status ??
    (fulfillmentStatus === 'fulfilled' || fulfillmentStatus === 'partial' || numbers.length > 0 || fulfilledAt ? 'success' : null);
  const count = Math.max(numbers.length, urls.length, 1);
  const out: Fulfillment[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      status,
      created_at: fulfilledAt,
      tracking_company: companies[i] ?? companies[0] ?? null,
      tracking_number: numbers[i] ?? null,
      tracking_url: goodUrls[i] ?? null,
      estimated_delivery_at: eta,
    });
  }
  return out;
}

/** "1Z999, 1Z998" or one per line: several parcels of one order. */
function splitList(raw: string | undefined, separator: RegExp = /[,;\n]+/): string[] {
  if (raw === undefined) return [];
  return raw
    .split(separator)
    .map((s) => s.trim().replace(/^'/, ''))
    .filter(Boolean);
}

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
