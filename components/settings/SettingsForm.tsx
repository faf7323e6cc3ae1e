import { useState } from 'react';
import { updateSettings, type Settings } from '@/lib/settings/items';
import { useSettings } from '@/lib/settings/use-settings';
import { Section } from '@/components/ui/Section';
import { Button } from '@/components/ui/Button';

export function SettingsForm() {
  const stored = useSettings();
  // Unsaved edits over the stored settings: a change saved elsewhere shows through at once.
  const [edits, setEdits] = useState<Partial<Settings>>({});
  const [saved, setSaved] = useState(false);
  const form: Settings = { ...stored, ...edits };
  const change = (patch: Partial<Settings>) => {
    setSaved(false);
    setEdits((e) => ({ ...e, ...patch }));
  };
  return (
    <Section title="Settings">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void updateSettings(form).then(() => {
            setEdits({});
            setSaved(true);
          });
        }}
      >
        <label>
          Your name (signs suggestions)
          <input value={form.agentName} onChange={(e) => change({ agentName: e.target.value })} placeholder="e.g. Alex" />
        </label>
        <label>
          Shop name
          <input value={form.shopName} onChange={(e) => change({ shopName: e.target.value })} placeholder="e.g. Northwind Outfitters" />
        </label>
        <label>
          Insert puts the reply
          <select value={form.insertMode} onChange={(e) => change({ insertMode: e.target.value === 'replace' ? 'replace' : 'caret' })}>
            <option value="caret">at the cursor in the reply box</option>
            <option value="replace">in place of the reply box’s draft</option>
          </select>
        </label>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Save settings
          </Button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
    </Section>
  );
}
