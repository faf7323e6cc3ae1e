import type { DeskpilotDb } from '@/lib/db/schema';
import type { Profile } from '@/lib/settings/profiles';
import { Section } from '@/components/ui/Section';
import { OrdersImport } from './OrdersImport';
import { StoredOrders } from './StoredOrders';

/** The active shop's imported orders: kept in this browser only, found by the panel by number or e-mail. */
export function OrdersSection({ db, profile }: { db: DeskpilotDb; profile: Profile }) {
  return (
    <Section title={`Imported orders: ${profile.name}`}>
      <StoredOrders db={db} profile={profile} />
      <OrdersImport db={db} profileId={profile.id} />
    </Section>
  );
}
