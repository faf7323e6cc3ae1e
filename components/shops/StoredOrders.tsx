import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { clearOrders, countOrders, listOrders } from '@/lib/db/orders';
import type { Profile } from '@/lib/settings/profiles';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { RecentOrders } from './RecentOrders';

const RECENT = 5;

/** How many orders the profile has imported, the latest few, and removing them. */
export function StoredOrders({ db, profile }: { db: DeskpilotDb; profile: Profile }) {
  const stored = useLiveQuery(
    async () => ({ count: await countOrders(db, profile.id), recent: await listOrders(db, profile.id, RECENT) }),
    [db, profile.id],
  );
  const [removed, setRemoved] = useState<number | null>(null);
  if (stored === undefined) return <p role="status">Loading orders…</p>;
  const { count, recent } = stored;
  return (
    <div className="stored-orders">
      <div className="stored-orders-head">
        <p>
          {count === 0 ? `No imported orders for ${profile.name}.` : `${count} imported ${count === 1 ? 'order' : 'orders'} for ${profile.name}.`}
          {removed !== null && count === 0 && <span role="status"> Removed {removed}.</span>}
        </p>
        {count > 0 && (
          <ConfirmButton
            label="Remove imported orders"
            question={`Remove the ${count} imported ${count === 1 ? 'order' : 'orders'} of ${profile.name}?`}
            confirmLabel="Yes, remove them"
            onConfirm={() => void clearOrders(db, profile.id).then(setRemoved)}
          />
        )}
      </div>
      {recent.length > 0 && <RecentOrders orders={recent} />}
    </div>
  );
}
