import type { DeskpilotDb } from '@/lib/db/schema';
import { clearOrders } from '@/lib/db/orders';
import { removeProfile, type Profile, type Profiles } from '@/lib/settings/profiles';
import { Section } from '@/components/ui/Section';
import { AddProfileForm } from './AddProfileForm';
import { ProfileItem } from './ProfileItem';
import { disconnectShop } from './shop-access';

/** The shops a freelancer answers for, one profile each; one is active. */
export function ProfilesSection({ db, profiles }: { db: DeskpilotDb; profiles: Profiles }) {
  const remove = async (profile: Profile) => {
    await removeProfile(profile.id);
    await disconnectShop(profile.id);
    await clearOrders(db, profile.id);
  };
  return (
    <Section title="Shops">
      <p className="hint">
        Answering for several shops? Give each one a profile. The panel finds orders through the active shop’s connection and imported orders,
        which you set up below.
      </p>
      <ul className="profiles" aria-label="Your shops">
        {profiles.profiles.map((p) => (
          <ProfileItem key={p.id} profile={p} active={p.id === profiles.activeId} removable={profiles.profiles.length > 1} onRemove={remove} />
        ))}
      </ul>
      <AddProfileForm />
    </Section>
  );
}
