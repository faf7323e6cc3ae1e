import type { OrderState } from '@/lib/templates/types';
import { ORDER_STATE_LABELS, ORDER_STATES } from './template-filter';

interface Props {
  value: OrderState[];
  disabled?: boolean;
  onChange: (states: OrderState[]) => void;
}

/** Which order states the template is written for; none checked means any. */
export function OrderStatesField({ value, disabled, onChange }: Props) {
  return (
    <fieldset className="order-states" disabled={disabled}>
      <legend>Order states</legend>
      {ORDER_STATES.map((state) => (
        <label key={state}>
          <input
            type="checkbox"
            checked={value.includes(state)}
            onChange={(e) => onChange(e.target.checked ? ORDER_STATES.filter((s) => s === state || value.includes(s)) : value.filter((s) => s !== state))}
          />
          {ORDER_STATE_LABELS[state]}
        </label>
      ))}
      <span className="field-hint">{value.length === 0 ? 'None checked: used whatever state the order is in.' : 'Suggested only for orders in these states.'}</span>
    </fieldset>
  );
}
