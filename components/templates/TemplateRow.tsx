import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { intentLabel } from '@/components/suggestion/intent-labels';
import { languageName, ORDER_STATE_LABELS } from './template-filter';

interface Props {
  template: Template;
  onOpen: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
}

/** One template in the list: what it is for, and what can be done with it. */
export function TemplateRow({ template: t, onOpen, onDuplicate, onDelete }: Props) {
  const states = t.orderStates.length > 0 ? t.orderStates.map((s) => ORDER_STATE_LABELS[s]).join(', ') : 'any order state';
  return (
    <li className="template-row">
      <div className="template-row-main">
        <div className="template-row-title">
          <strong>{t.name}</strong>
          <span className={`chip${t.builtIn ? ' chip-muted' : ''}`}>{t.builtIn ? 'Built-in' : 'Mine'}</span>
        </div>
        <div className="template-row-meta">
          {intentLabel(t.intent)} · {languageName(t.language)} · {states}
        </div>
        {t.tags.length > 0 && (
          <ul className="template-tags" aria-label="Tags">
            {t.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="template-row-actions">
        <Button onClick={() => onOpen(t)}>{t.builtIn ? 'View' : 'Edit'}</Button>
        <Button onClick={() => onDuplicate(t)}>Duplicate</Button>
        {!t.builtIn && <ConfirmButton label="Delete" question={`Delete “${t.name}”?`} confirmLabel="Yes, delete" onConfirm={() => onDelete(t)} />}
      </div>
    </li>
  );
}
