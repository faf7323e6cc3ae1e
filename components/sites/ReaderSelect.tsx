import type { HelpdeskId } from '@/lib/domain/ticket';
import { HELPDESKS } from '@/lib/helpdesks/registry';

/** Which reader a site gets: one helpdesk's adapter, or the generic reader. */
export function ReaderSelect({ value, onChange }: { value: HelpdeskId; onChange: (id: HelpdeskId) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(HELPDESKS.find((h) => h.id === e.target.value)?.id ?? 'generic')}>
      <option value="generic">any helpdesk (generic reader)</option>
      {HELPDESKS.map((h) => (
        <option key={h.id} value={h.id}>
          {h.label}
        </option>
      ))}
    </select>
  );
}
