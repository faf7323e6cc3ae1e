import { Notice } from '@/components/ui/Notice';
import { importSummaryLine, type ImportOutcome } from './read-orders-file';

const SHOWN_PROBLEMS = 8;

/** What an import did: one line, then what in the file could not be read. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const { added, updated, unchanged } = outcome.stored;
  const empty = added + updated + unchanged === 0;
  const { problems } = outcome;
  return (
    <>
      <Notice tone={empty ? 'warning' : 'success'}>{importSummaryLine(outcome)}</Notice>
      {problems.length > 0 && (
        <Notice tone="warning" title={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the file`}>
          <ul className="problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {problems.length > SHOWN_PROBLEMS && <li>and {problems.length - SHOWN_PROBLEMS} more</li>}
          </ul>
        </Notice>
      )}
    </>
  );
}
