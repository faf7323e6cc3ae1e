import { useState } from 'react';
import type { HelpdeskId } from '@/lib/domain/ticket';
import { addSite } from '@/lib/sites/permissions';
import { Button } from '@/components/ui/Button';
import { ReaderSelect } from './ReaderSelect';

/** Lets the agent keep reading this site: with its helpdesk's adapter (custom domain) or generically. */
export function AlwaysReadSite({ host }: { host: string }) {
  const [helpdesk, setHelpdesk] = useState<HelpdeskId>('generic');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="always-read">
      <label>
        Always read {host} as{' '}
        <ReaderSelect value={helpdesk} onChange={setHelpdesk} />
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
