import { Fragment } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { ConnectionSection } from './ConnectionSection';
import { OrdersSection } from './OrdersSection';
import { PoliciesForm } from './PoliciesForm';
import { ProfilesSection } from './ProfilesSection';
import { useProfiles } from './use-profiles';

/**
 * Shops & orders: the shops (profiles) a freelancer answers for, and for the active one its live
 * connection and imported orders; then the policy snippets replies may quote.
 */
export function ShopsPage({ db }: { db: DeskpilotDb }) {
  const profiles = useProfiles();
  if (profiles === null) return <p role="status">Loading shops…</p>;
  const active = profiles.profiles.find((p) => p.id === profiles.activeId) ?? profiles.profiles[0];
  return (
    <>
      <ProfilesSection db={db} profiles={profiles} />
      {active && (
        // Keyed by profile: switching shops starts its sections afresh (no half-typed keys of another shop).
        <Fragment key={active.id}>
          <ConnectionSection profile={active} />
          <OrdersSection db={db} profile={active} />
        </Fragment>
      )}
      <PoliciesForm />
    </>
  );
}
