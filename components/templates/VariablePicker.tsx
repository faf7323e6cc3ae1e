import { knownVariables } from '@/lib/templates/variables';

const GROUPS: { root: string; label: string }[] = [
  { root: 'customer', label: 'Customer' },
  { root: 'order', label: 'Order' },
  { root: 'ticket', label: 'Ticket' },
  { root: 'agent', label: 'You' },
  { root: 'shop', label: 'Shop' },
];

const VARIABLES = knownVariables();

/**
 * What clicking a variable inserts: `{{ order.name }}`; the first parcel or refund for their
 * collections (`order.fulfillments.first.tracking_url`); a loop over the order's items.
 */
export function snippetFor(name: string): string {
  const money = /(price|amount)$/.test(name) ? ' | money' : /_at$/.test(name) ? ' | date' : '';
  const item = /^order\.line_items\[\]\.(\w+)$/.exec(name);
  if (item) return `{% for item in order.line_items %}{{ item.${item[1]}${money} }}\n{% endfor %}`;
  return `{{ ${name.replace(/\[\]/g, '.first')}${money} }}`;
}

/** The variables a template can use, grouped; a click inserts one at the cursor. */
export function VariablePicker({ disabled, onInsert }: { disabled?: boolean; onInsert: (snippet: string) => void }) {
  return (
    <details className="variable-picker">
      <summary>Insert a variable</summary>
      {GROUPS.map(({ root, label }) => (
        <div key={root} className="variable-group" role="group" aria-label={label}>
          <span className="variable-group-label">{label}</span>
          {VARIABLES.filter((v) => v.startsWith(`${root}.`)).map((v) => (
            <button key={v} type="button" className="variable" disabled={disabled} title={snippetFor(v)} onClick={() => onInsert(snippetFor(v))}>
              {v}
            </button>
          ))}
        </div>
      ))}
    </details>
  );
}
