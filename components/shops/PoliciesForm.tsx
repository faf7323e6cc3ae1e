import { useState } from 'react';
import { updateSettings, type ShopPolicyText } from '@/lib/settings/items';
import { useSettings } from '@/lib/settings/use-settings';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Section';

const POLICIES: { key: keyof ShopPolicyText; label: string; placeholder: string }[] = [
  { key: 'returns', label: 'Returns', placeholder: 'e.g. You can return unworn items within 30 days of delivery with the prepaid label in your parcel.' },
  { key: 'refunds', label: 'Refunds', placeholder: 'e.g. Refunds go back to the original payment method within 5 business days of the return reaching us.' },
  { key: 'shipping', label: 'Shipping', placeholder: 'e.g. Orders ship within 2 business days; UK delivery takes 1–3 days, EU 3–6 days.' },
];

/** The shop's own words for its policies: the only policy statements a reply may contain. */
export function PoliciesForm() {
  const stored = useSettings().policies;
  // Unsaved edits over the stored text: a change saved elsewhere shows through the untouched fields.
  const [edits, setEdits] = useState<Partial<ShopPolicyText>>({});
  const [saved, setSaved] = useState(false);
  const form: ShopPolicyText = { ...stored, ...edits };
  return (
    <Section title="Shop policies">
      <p className="hint">
        Replies state a return, refund or shipping policy only with the text you write here, word for word. When a reply needs a policy left empty
        here, it shows a gap for you to fill: Deskpilot never words a policy itself. These apply to every shop profile.
      </p>
      <form
        className="policies-form"
        onSubmit={(e) => {
          e.preventDefault();
          void updateSettings({ policies: form }).then(() => {
            setEdits({});
            setSaved(true);
          });
        }}
      >
        {POLICIES.map(({ key, label, placeholder }) => (
          <label key={key}>
            {label}
            <textarea
              rows={3}
              value={form[key]}
              placeholder={placeholder}
              onChange={(e) => {
                setSaved(false);
                setEdits((x) => ({ ...x, [key]: e.target.value }));
              }}
            />
          </label>
        ))}
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Save policies
          </Button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
    </Section>
  );
}
