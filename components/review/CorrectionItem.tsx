import type { Correction } from '@/lib/domain/correction';
import { isEdited } from '@/lib/domain/correction';
import { helpdeskById } from '@/lib/helpdesks/registry';
import { Button } from '@/components/ui/Button';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CorrectionItem({ correction, onDelete }: { correction: Correction; onDelete: (id: number) => void }) {
  const edited = isEdited(correction);
  return (
    <li className="correction">
      <div className="correction-head">
        <div>
          <strong>{correction.subject || '(no subject)'}</strong>
          <div className="correction-meta">
            {helpdeskById(correction.helpdesk)?.label ?? correction.helpdesk} · Ticket #{correction.ticketId} ·{' '}
            {dateFormat.format(correction.createdAt)} · {correction.templateId}
            {correction.language ? ` · ${correction.language.toUpperCase()}` : ''}
          </div>
        </div>
        <span className={`chip ${edited ? 'chip-edited' : 'chip-muted'}`}>{edited ? 'Edited by agent' : 'Sent as suggested'}</span>
      </div>
      <div className={`correction-texts${edited ? '' : ' single'}`}>
        <figure>
          <figcaption>Suggested</figcaption>
          <pre>{correction.suggested}</pre>
        </figure>
        {edited && (
          <figure>
            <figcaption>Inserted</figcaption>
            <pre>{correction.sent}</pre>
          </figure>
        )}
      </div>
      {correction.id !== undefined && (
        <Button variant="ghost" className="correction-delete" onClick={() => correction.id !== undefined && onDelete(correction.id)}>
          Delete
        </Button>
      )}
    </li>
  );
}
