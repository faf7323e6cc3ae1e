import { useId, useState } from 'react';
import { LANGUAGE_NAMES } from './template-filter';

interface Props {
  value: string;
  disabled?: boolean;
  onChange: (code: string) => void;
}

const OTHER = 'other';

/** The library's five languages, or any other ISO 639-1 code typed in. */
export function LanguageField({ value, disabled, onChange }: Props) {
  const hintId = useId();
  const [custom, setCustom] = useState(() => !Object.hasOwn(LANGUAGE_NAMES, value));
  return (
    <div className="language-field">
      <label>
        Language
        <select
          value={custom ? OTHER : value}
          disabled={disabled}
          onChange={(e) => {
            const next = e.target.value;
            setCustom(next === OTHER);
            onChange(next === OTHER ? '' : next);
          }}
        >
          {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
          <option value={OTHER}>Other…</option>
        </select>
      </label>
      {custom && (
        <>
          <label>
            Language code
            <input
              value={value}
              disabled={disabled}
              maxLength={2}
              placeholder="it"
              aria-describedby={hintId}
              onChange={(e) => onChange(e.target.value.trim().toLowerCase())}
            />
          </label>
          <span id={hintId} className="field-hint">
            Two letters (ISO 639-1): it, nl, pt…
          </span>
        </>
      )}
    </div>
  );
}
