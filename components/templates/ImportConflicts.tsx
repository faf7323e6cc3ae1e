import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';

interface Props {
  conflicts: Template[];
  importing: number;
  onReplace: () => void;
  onKeep: () => void;
  onCancel: () => void;
}

/** The file holds templates the user already has (same id): replace them, or keep the user's. */
export function ImportConflicts({ conflicts, importing, onReplace, onKeep, onCancel }: Props) {
  const n = conflicts.length;
  return (
    <Notice tone="warning" title={`${n} of the ${importing} templates in this file ${n === 1 ? 'is' : 'are'} already yours`}>
      <ul className="import-list" aria-label="Templates you already have">
        {conflicts.map((t) => (
          <li key={t.id}>{t.name}</li>
        ))}
      </ul>
      <div className="form-actions">
        <Button variant="primary" onClick={onReplace}>
          Replace {n === 1 ? 'it' : 'them'}
        </Button>
        <Button onClick={onKeep}>Keep mine</Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel the import
        </Button>
      </div>
    </Notice>
  );
}
