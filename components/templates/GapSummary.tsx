import type { Gap } from '@/lib/templates/engine';

/** Which values the sample left empty: placeholders to fill, and those the template handled itself. */
export function GapSummary({ gaps }: { gaps: Gap[] }) {
  const required = gaps.filter((g) => g.required);
  const handled = gaps.filter((g) => !g.required);
  if (gaps.length === 0) return null;
  return (
    <div className="preview-gaps">
      {required.length > 0 && (
        <p>
          Missing values the agent must fill:{' '}
          {required.map((g) => (
            <code key={g.name} className="gap-name">
              {g.name}
            </code>
          ))}
        </p>
      )}
      {handled.length > 0 && (
        <p className="field-hint">
          Empty, and left out by the template itself:{' '}
          {handled.map((g) => (
            <code key={g.name} className="gap-name">
              {g.name}
            </code>
          ))}
        </p>
      )}
    </div>
  );
}
