import type { InsertStatus } from '@/lib/store/panel-store';
import { Notice } from '@/components/ui/Notice';

export function InsertStatusLine({ status }: { status: InsertStatus }) {
  switch (status.state) {
    case 'idle':
    case 'inserting':
      return <p className="hint">Insert puts the text in the reply box. Nothing is sent until you send it in the helpdesk.</p>;
    case 'failed':
      return (
        <Notice tone="error" title="Not inserted">
          {status.message}
        </Notice>
      );
    case 'inserted':
      return status.saved ? (
        <Notice tone="success">Inserted in the reply box. Review it there and send it when ready.</Notice>
      ) : (
        <Notice tone="warning" title="Inserted, but your edit was not saved">
          The correction could not be stored in this browser (storage full or blocked).
        </Notice>
      );
  }
}
