import { useState } from 'react';
import type { HelpdeskId } from '@/lib/domain/ticket';
import { HELPDESKS } from '@/lib/helpdesks/registry';
import { addSite } from '@/lib/sites/permissions';
import { Button } from '@/components/ui/Button';

/** Lets the agent keep reading this site: with its helpdesk's adapter (custom domain) or generically. */
export function AlwaysReadSite({ host }: { host: string }) {
  const [helpdesk, setHelpdesk] = useState<HelpdeskId>('generic');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="always-read">
      <label>
        Always read {host} as{' '}
        <select value={helpdesk} onChange={(e) => setHelpdesk(HELPDESKS.find((h) => h.id === e.target.value)?.id ?? 'generic')}>
          <option value="generic">any helpdesk (generic reader)</option>
          {HELPDESKS.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
        </select>
      </label>
      <Button
        onClick={() =>
          void addSite({ host, helpdesk }).then((r) => setMessage(r.ok ? `Deskpilot will read ${host} from now on.` : r.message))
        }
      >
        Allow
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
