import type { FilledVariable } from '@/lib/templates/engine';

const SOURCE_LABELS: Record<string, string> = {
  ticket: 'the ticket',
  settings: 'your settings',
  template: 'the template',
  'order:page': 'order (helpdesk page)',
  'order:shopify-csv': 'order (Shopify export)',
  'order:woocommerce-csv': 'order (WooCommerce export)',
  'order:mapped-file': 'order (imported file)',
  'order:json': 'order (imported file)',
  'order:shopify-api': 'order (Shopify)',
  'order:woocommerce-api': 'order (WooCommerce)',
};

/** Every value filled into the reply and where it came from: nothing stated without a source. */
export function FactsList({ variables }: { variables: FilledVariable[] }) {
  if (variables.length === 0) return null;
  return (
    <details className="facts">
      <summary>Facts used ({variables.length})</summary>
      <dl>
        {variables.map((v) => (
          <div key={v.name}>
            <dt>{v.name}</dt>
            <dd>
              {v.value} <span className="fact-source">from {SOURCE_LABELS[v.source] ?? v.source}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
