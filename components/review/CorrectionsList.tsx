import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskpilotDb } from '@/lib/db/schema';
import { deleteCorrection, listCorrections } from '@/lib/db/corrections';
import { isEdited } from '@/lib/domain/correction';
import { Section } from '@/components/ui/Section';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download';
import { CorrectionItem } from './CorrectionItem';

/** Every suggestion the agent inserted, with what they changed: the trainer's review list. */
export function CorrectionsList({ db }: { db: DeskpilotDb }) {
  const corrections = useLiveQuery(() => listCorrections(db), [db]);
  if (corrections === undefined) return <p role="status">Loading corrections…</p>;
  const edited = corrections.filter(isEdited).length;
  return (
    <Section
      title="Corrections"
      aside={
        corrections.length > 0 && (
          <Button onClick={() => downloadFile('deskpilot-corrections.json', JSON.stringify(corrections, null, 2))}>Export JSON</Button>
        )
      }
    >
      {corrections.length === 0 ? (
        <p className="empty">No corrections yet. Each time you insert a suggestion, the suggested and the inserted text are kept here, in this browser only.</p>
      ) : (
        <>
          <p className="hint">
            {corrections.length} inserted {corrections.length === 1 ? 'reply' : 'replies'}, {edited} edited by the agent. Stored in this browser only.
          </p>
          <ul className="corrections" aria-label="Saved corrections">
            {corrections.map((c) => (
              <CorrectionItem key={c.id} correction={c} onDelete={(id) => void deleteCorrection(db, id)} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
