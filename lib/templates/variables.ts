/**
 * The variables a template may use: Shopify-style names over the Order model, the ticket and the
 * agent's settings. One tree is the single source for validation, the manager's variable list and
 * the render scope's shape.
 */

/** Policy snippets the shop writes once; templates quote them instead of stating policy themselves. */
export const POLICY_KEYS = ['returns', 'refunds', 'shipping'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/**
 * One snippet for every language, or one per reply language (ISO 639-1). A language without its
 * snippet is a gap, never another language's text.
 */
export type PolicySnippet = string | Partial<Record<string, string>>;
export type ShopPolicies = Partial<Record<PolicyKey, PolicySnippet>>;

type Leaf = 'leaf';
interface Branch {
  [key: string]: Node;
}
/** A one-element array marks a collection; its element is the node's shape. */
type Node = Leaf | Branch | readonly [Branch];

const LEAF: Leaf = 'leaf';

export const VARIABLE_TREE: Branch = {
  customer: { first_name: LEAF, last_name: LEAF, email: LEAF },
  order: {
    name: LEAF,
    order_number: LEAF,
    created_at: LEAF,
    cancelled_at: LEAF,
    total_price: LEAF,
    currency: LEAF,
    financial_status: LEAF,
    fulfillment_status: LEAF,
    order_status_url: LEAF,
    line_items: [{ title: LEAF, variant_title: LEAF, sku: LEAF, quantity: LEAF, price: LEAF }],
    fulfillments: [
      {
        status: LEAF,
        created_at: LEAF,
        tracking_number: LEAF,
        tracking_url: LEAF,
        tracking_company: LEAF,
        estimated_delivery_at: LEAF,
      },
    ],
    refunds: [{ created_at: LEAF, amount: LEAF, note: LEAF }],
    shipping_address: { name: LEAF, address1: LEAF, city: LEAF, zip: LEAF, country: LEAF },
  },
  agent: { name: LEAF },
  shop: { name: LEAF, policies: { returns: LEAF, refunds: LEAF, shipping: LEAF } },
  ticket: { subject: LEAF, id: LEAF, order_number: LEAF },
};

/** A path segment: a property, an index, or `[]` for "each element" (a loop variable). */
export type Segment = string | number;
export const EACH = '[]';

/** `order.fulfillments.first.tracking_url`, `order.line_items[].title`, `order.refunds[0].amount`. */
export function pathName(segments: readonly Segment[]): string {
  let name = '';
  for (const s of segments) {
    if (typeof s === 'number') name += `[${s}]`;
    else if (s === EACH) name += '[]';
    else name += name ? `.${s}` : s;
  }
  return name;
}

/**
 * Parses a plain Liquid variable path (`a.b`, `a[0]`, `a["b"]`) into segments; null for anything
 * else (literals, ranges, variable indices).
 */
export function parsePath(expression: string): Segment[] | null {
  const text = expression.trim();
  const re = /^(?:\.?([A-Za-z_][\w-]*)|\[(\d+)\]|\[\s*"([^"]*)"\s*\]|\[\s*'([^']*)'\s*\])/;
  const segments: Segment[] = [];
  let rest = text;
  while (rest) {
    const m = re.exec(rest);
    if (!m) return null;
    if (segments.length === 0 && (m[0].startsWith('.') || m[0].startsWith('['))) return null;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(m[3] ?? m[4] ?? '');
    rest = rest.slice(m[0].length);
  }
  if (segments.length === 0) return null;
  const [root] = segments;
  if (root === 'true' || root === 'false' || root === 'nil' || root === 'null' || root === 'empty' || root === 'blank') return null;
  return segments;
}

/** Whether a path names something in VARIABLE_TREE (a leaf, an object, a collection or its size). */
export function isKnownPath(segments: readonly Segment[]): boolean {
  let node: Node = VARIABLE_TREE;
  for (const s of segments) {
    if (node === LEAF) return s === 'size' && s === segments[segments.length - 1];
    if (Array.isArray(node)) {
      if (s === 'size') return s === segments[segments.length - 1];
      if (s === 'first' || s === 'last' || s === EACH || typeof s === 'number') {
        node = (node as readonly [Branch])[0];
        continue;
      }
      return false;
    }
    const branch = node as Branch;
    if (typeof s !== 'string' || !Object.hasOwn(branch, s)) return s === 'size' && s === segments[segments.length - 1];
    node = branch[s] as Node;
  }
  return true;
}

/** Every leaf, for the manager's "insert variable" list: `order.line_items[].title` for collections. */
export function knownVariables(): string[] {
  const out: string[] = [];
  const walk = (node: Node, prefix: Segment[]) => {
    if (node === LEAF) out.push(pathName(prefix));
    else if (Array.isArray(node)) walk((node as readonly [Branch])[0], [...prefix, EACH]);
    else for (const [key, child] of Object.entries(node as Branch)) walk(child, [...prefix, key]);
  };
  walk(VARIABLE_TREE, []);
  return out;
}

/** Nothing to say: undefined, null, blank text or an empty collection. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Liquid's lookup rules (`first`, `last`, `size`, indices) over plain data. */
export function resolvePath(scope: unknown, segments: readonly Segment[]): unknown {
  let value: unknown = scope;
  for (const s of segments) {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) {
      if (s === 'first') value = value[0];
      else if (s === 'last') value = value[value.length - 1];
      else if (s === 'size') value = value.length;
      else if (typeof s === 'number') value = value[s];
      else return undefined;
    } else if (typeof value === 'string') {
      value = s === 'size' ? value.length : undefined;
    } else if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof s === 'string' && Object.hasOwn(record, s)) value = record[s];
      else value = s === 'size' ? Object.keys(record).length : undefined;
    } else {
      return undefined;
    }
  }
  return value;
}
