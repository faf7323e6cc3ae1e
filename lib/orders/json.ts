/**
 * A JSON file of orders already in Deskpilot's model (Shopify's REST order subset): an array of
 * orders, or Shopify's own `{"orders": [...]}` / `{"order": {...}}` answers. Every value is
 * narrowed from `unknown` field by field: a wrong type is a problem and the field is left empty,
 * an order without a number is left out. Numbers where the model has strings (Shopify's REST ids,
 * `order_number`, amounts) are accepted and written as strings.
 */
import { isWebLink } from './assemble';
import { orderKey, type Address, type Customer, type Fulfillment, type LineItem, type Order, type OrderSource, type Refund } from './model';
import { addMoney, dateMs, orderNumberOf, parseCurrency, parseEmail, parseMoney, statusWord, type ParseResult } from './values';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The list of orders in a parsed JSON document, or null when it holds none. */
export function orderList(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (isObject(doc)) {
    if (Array.isArray(doc.orders)) return doc.orders;
    if (isObject(doc.order)) return [doc.order];
  }
  return null;
}

export function parseOrdersJson(text: string, fileName: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { orders: [], problems: [`The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`] };
  }
  return ordersFromJson(doc, { kind: 'json', label: fileName });
}

export function ordersFromJson(doc: unknown, source: OrderSource): ParseResult {
  const list = orderList(doc);
  if (list === null) return { orders: [], problems: ['The file holds no list of orders: expected a JSON array of orders.'] };
  const problems: string[] = [];
  const orders: Order[] = [];
  list.forEach((value, index) => {
    const order = narrowOrder(value, `order ${index + 1}`, source, problems);
    if (order) orders.push(order);
  });
  return { orders, problems };
}

/** One order from unknown JSON, or null (with a problem) when it has no order number. */
export function narrowOrder(value: unknown, where: string, source: OrderSource, problems: string[]): Order | null {
  if (!isObject(value)) {
    problems.push(`${where}: not an order object; it was left out`);
    return null;
  }
  const rawNumber = idText(value.order_number) ?? idText(value.name);
  if (rawNumber === null) {
    problems.push(`${where}: no order_number or name; it was left out`);
    return null;
  }
  const number = orderNumberOf(rawNumber);
  if (number === null) {
    problems.push(`${where}: "${rawNumber.slice(0, 40)}" is not an order number; it was left out`);
    return null;
  }
  const at = `${where} (#${number})`;
  const f = new Fields(at, problems);
  const name = f.string(value, 'name');
  const email = f.email(value, 'email');
  const customer = f.object(value, 'customer');
  return {
    id: idText(value.id) ?? number,
    name: name && orderKey(name) === number ? name.trim() : `#${number}`,
    order_number: number,
    email: email ?? (customer ? f.email(customer, 'email', 'customer.email') : null),
    created_at: f.date(value, 'created_at'),
    currency: f.currency(value, 'currency'),
    total_price: f.money(value, 'total_price'),
    financial_status: f.status(value, 'financial_status'),
    fulfillment_status: unfulfilledAsNull(f.status(value, 'fulfillment_status')),
    cancelled_at: f.date(value, 'cancelled_at'),
    customer: customer ? narrowCustomer(customer, f) : null,
    line_items: f.list(value, 'line_items', (item, path) => narrowLineItem(item, path, f)),
    fulfillments: f.list(value, 'fulfillments', (item, path) => narrowFulfillment(item, path, f)),
    refunds: f.list(value, 'refunds', (item, path) => narrowRefund(item, path, f)),
    shipping_address: narrowAddress(f.object(value, 'shipping_address'), f),
    order_status_url: f.link(value, 'order_status_url'),
    source,
  };
}

function unfulfilledAsNull(status: string | null): string | null {
  return status === 'unfulfilled' ? null : status;
}

function narrowCustomer(c: Json, f: Fields): Customer {
  return {
    first_name: f.string(c, 'first_name', 'customer.first_name'),
    last_name: f.string(c, 'last_name', 'customer.last_name'),
    email: f.email(c, 'email', 'customer.email'),
    phone: f.string(c, 'phone', 'customer.phone'),
  };
}

function narrowLineItem(item: Json, path: string, f: Fields): LineItem | null {
  const title = f.string(item, 'title', `${path}.title`) ?? f.string(item, 'name', `${path}.name`);
  if (!title) {
    f.problem(`${path} has no title; it was left out`);
    return null;
  }
  let quantity = 1;
  if (item.quantity !== undefined && item.quantity !== null) {
    const q = typeof item.quantity === 'string' ? Number(item.quantity.trim()) : item.quantity;
    if (typeof q === 'number' && Number.isSafeInteger(q) && q >= 0) quantity = q;
    else {
      f.problem(`${path}.quantity is not a whole number; the item was left out`);
      return null;
    }
  }
  return {
    title,
    variant_title: f.string(item, 'variant_title', `${path}.variant_title`),
    sku: f.string(item, 'sku', `${path}.sku`),
    quantity,
    price: f.money(item, 'price', `${path}.price`) ?? '',
  };
}

function narrowFulfillment(item: Json, path: string, f: Fields): Fulfillment {
  // Shopify REST keeps the carrier's state apart (shipment_status); the model has one status.
  const shipment = f.status(item, 'shipment_status', `${path}.shipment_status`);
  const firstOf = (key: string): unknown => (Array.isArray(item[key]) ? (item[key] as unknown[])[0] : undefined);
  return {
    status: shipment ?? f.status(item, 'status', `${path}.status`),
    created_at: f.date(item, 'created_at', `${path}.created_at`),
    tracking_company: f.string(item, 'tracking_company', `${path}.tracking_company`),
    tracking_number:
      f.string(item, 'tracking_number', `${path}.tracking_number`) ?? f.string({ n: firstOf('tracking_numbers') }, 'n', `${path}.tracking_numbers`),
    tracking_url: f.link(item, 'tracking_url', `${path}.tracking_url`) ?? f.link({ u: firstOf('tracking_urls') }, 'u', `${path}.tracking_urls`),
    estimated_delivery_at: f.date(item, 'estimated_delivery_at', `${path}.estimated_delivery_at`),
  };
}

function narrowRefund(item: Json, path: string, f: Fields): Refund | null {
  let amount = f.money(item, 'amount', `${path}.amount`);
  if (amount === null && Array.isArray(item.transactions)) {
    // Shopify REST: a refund's money is in its transactions.
    const amounts = item.transactions.flatMap((t, i) => {
      if (!isObject(t)) return [];
      const a = f.money(t, 'amount', `${path}.transactions.${i}.amount`);
      return a === null ? [] : [a];
    });
    if (amounts.length > 0) amount = addMoney(amounts);
  }
  if (amount === null) {
    f.problem(`${path} has no amount; it was left out`);
    return null;
  }
  return { created_at: f.date(item, 'created_at', `${path}.created_at`), amount, note: f.string(item, 'note', `${path}.note`) };
}

function narrowAddress(a: Json | null, f: Fields): Address | null {
  if (!a) return null;
  const address: Address = {
    name: f.string(a, 'name', 'shipping_address.name'),
    address1: f.string(a, 'address1', 'shipping_address.address1'),
    city: f.string(a, 'city', 'shipping_address.city'),
    zip: f.string(a, 'zip', 'shipping_address.zip'),
    country: f.string(a, 'country', 'shipping_address.country'),
  };
  return Object.values(address).some((v) => v !== null) ? address : null;
}

/** A string or a safe integer as text (ids and numbers are numbers in Shopify's REST JSON). */
function idText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Reads fields of one order and says what was wrong with them. */
class Fields {
  constructor(
    private readonly where: string,
    private readonly problems: string[],
  ) {}

  problem(message: string): void {
    this.problems.push(`${this.where}: ${message}`);
  }

  private wrong(path: string, what: string): null {
    this.problem(`${path} is not ${what}`);
    return null;
  }

  string(o: Json, key: string, path = key): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string') return this.wrong(path, 'text');
    return v.trim() === '' ? null : v.trim();
  }

  object(o: Json, key: string, path = key): Json | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return isObject(v) ? v : this.wrong(path, 'an object');
  }

  email(o: Json, key: string, path = key): string | null {
    const s = this.string(o, key, path);
    if (s === null) return null;
    return parseEmail(s) ?? this.wrong(path, 'an e-mail address');
  }

  date(o: Json, key: string, path = key): string | null {
    const s = this.string(o, key, path);
    if (s === null) return null;
    return dateMs(s) !== null && /^\d{4}-\d{2}-\d{2}/.test(s) ? s : this.wrong(path, 'an ISO 8601 date');
  }

  money(o: Json, key: string, path = key): string | null {
    const v = o[key];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'number' && Number.isFinite(v)) {
      const written = String(v);
      return parseMoney(/\.\d{7,}$/.test(written) ? v.toFixed(2) : written)?.amount ?? null; // 0.1 + 0.2
    }
    if (typeof v !== 'string') return this.wrong(path, 'a number');
    return parseMoney(v)?.amount ?? this.wrong(path, 'a number');
  }

  currency(o: Json, key: string, path = key): string | null {
    const s = this.string(o, key, path);
    if (s === null) return null;
    return parseCurrency(s) ?? this.wrong(path, 'a currency code');
  }

  status(o: Json, key: string, path = key): string | null {
    const s = this.string(o, key, path);
    return s === null ? null : statusWord(s);
  }

  link(o: Json, key: string, path = key): string | null {
    const s = this.string(o, key, path);
    if (s === null) return null;
    return isWebLink(s) ? s : this.wrong(path, 'a web link');
  }

  list<T>(o: Json, key: string, read: (item: Json, path: string) => T | null): T[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.wrong(key, 'a list');
      return [];
    }
    const out: T[] = [];
    v.forEach((item, i) => {
      const path = `${key}.${i}`;
      if (!isObject(item)) {
        this.wrong(path, 'an object');
        return;
      }
      const read1 = read(item, path);
      if (read1 !== null) out.push(read1);
    });
    return out;
  }
}
