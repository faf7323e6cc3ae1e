import { useState } from 'react';
import { renameProfile, setActiveProfile, type Profile } from '@/lib/settings/profiles';
import { Button } from '@/components/ui/Button';
import { ConfirmButton } from '@/components/ui/ConfirmButton';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One shop profile: marked when active; switch to it, rename it, remove it. */
export function ProfileItem({
  profile,
  active,
  removable,
  onRemove,
}: {
  profile: Profile;
  active: boolean;
  /** The last profile stays. */
  removable: boolean;
  onRemove: (profile: Profile) => Promise<void>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorText(e));

  if (draft !== null) {
    return (
      <li className="profile">
        <form
          className="profile-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void renameProfile(profile.id, draft).then(() => {
              setDraft(null);
              setError(null);
            }, fail);
          }}
        >
          <label>
            New name for {profile.name}
            <input value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <Button type="submit" variant="primary">
            Save name
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(null);
              setError(null);
            }}
          >
            Cancel
          </Button>
        </form>
        {error && <p role="alert" className="field-error">{error}</p>}
      </li>
    );
  }

  return (
    <li className="profile" aria-current={active ? 'true' : undefined}>
      <span className="profile-name">
        <strong>{profile.name}</strong>
        {active && <span className="chip">Active</span>}
      </span>
      <span className="profile-actions">
        {!active && (
          <Button onClick={() => void setActiveProfile(profile.id).catch(fail)} aria-label={`Use ${profile.name}`}>
            Use this shop
          </Button>
        )}
        <Button variant="ghost" onClick={() => setDraft(profile.name)} aria-label={`Rename ${profile.name}`}>
          Rename
        </Button>
        {removable && (
          <ConfirmButton
            label="Remove"
            question={`Remove “${profile.name}” with its imported orders and its shop connection?`}
            confirmLabel="Yes, remove"
            onConfirm={() => void onRemove(profile).catch(fail)}
          />
        )}
      </span>
      {error && <p role="alert" className="field-error">{error}</p>}
    </li>
  );
}
