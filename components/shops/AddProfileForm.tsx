import { useState } from 'react';
import { addProfile } from '@/lib/settings/profiles';
import { Button } from '@/components/ui/Button';

/** Adds a shop profile. It does not become active: the panel keeps answering for the current shop. */
export function AddProfileForm() {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  return (
    <form
      className="profile-add"
      onSubmit={(e) => {
        e.preventDefault();
        void addProfile(name).then(
          (profile) => {
            setName('');
            setMessage({ error: false, text: `Added “${profile.name}”. Choose “Use this shop” to set it up.` });
          },
          (error: unknown) => setMessage({ error: true, text: error instanceof Error ? error.message : String(error) }),
        );
      }}
    >
      <label>
        New shop
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Northwind EU" />
      </label>
      <Button type="submit">Add shop</Button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : undefined}>
          {message.text}
        </span>
      )}
    </form>
  );
}
