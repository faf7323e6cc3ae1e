import { useStoredValue } from '@/lib/settings/use-stored-value';
import { healthItem, summarize, type HealthLog } from '@/lib/health/health';
import { helpdeskById } from '@/lib/helpdesks/registry';
import { Section } from '@/components/ui/Section';
import { fieldList } from '@/components/ticket/fields';

const LEVEL_LABELS = { good: 'Reading well', degraded: 'Some fields missing', failing: 'Not reading' } as const;
const NO_READS: HealthLog = {};
const readHealth = async (): Promise<HealthLog> => (await healthItem.getValue()) ?? NO_READS;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One line per helpdesk from its recent reads: how a markup change shows up. */
export function HealthList() {
  const log = useStoredValue(healthItem, readHealth, NO_READS);
  const lines = summarize(log);
  return (
    <Section title="Helpdesk health">
      {lines.length === 0 ? (
        <p className="empty">No ticket read yet. Each helpdesk gets a line here once Deskpilot has read its pages.</p>
      ) : (
        <ul className="health" aria-label="Helpdesk health">
          {lines.map((l) => (
            <li key={l.helpdesk} className={`health-${l.level}`}>
              <span className="health-dot" aria-hidden="true" />
              <strong>{l.helpdesk === 'generic' ? 'Other pages (generic reader)' : (helpdeskById(l.helpdesk)?.label ?? l.helpdesk)}</strong>
              <span>
                {LEVEL_LABELS[l.level]}: {l.complete} of {l.reads} recent reads complete
                {l.missing.length > 0 && `; missing ${fieldList(l.missing)}`}
                {l.failures > 0 && `; ${l.failures} without a conversation`}. Last read {timeFormat.format(l.lastAt)}.
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
