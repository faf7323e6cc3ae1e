import { useState } from 'react';
import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { TemplateRow } from './TemplateRow';

const PAGE = 50;

interface Props {
  templates: Template[];
  total: number;
  onOpen: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
}

/** The filtered templates, fifty at a time. */
export function TemplateList({ templates, total, ...actions }: Props) {
  const [shown, setShown] = useState(PAGE);
  if (templates.length === 0) return <p className="empty">No template matches. Change the search or the filters.</p>;
  const visible = templates.slice(0, shown);
  const rest = templates.length - visible.length;
  return (
    <>
      <p className="hint" role="status">
        {templates.length === total ? `${total} templates` : `${templates.length} of ${total} templates`}
      </p>
      <ul className="template-list" aria-label="Templates">
        {visible.map((t) => (
          <TemplateRow key={t.id} template={t} {...actions} />
        ))}
      </ul>
      {rest > 0 && (
        <Button variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(rest, PAGE)} more ({rest} not shown)
        </Button>
      )}
    </>
  );
}
