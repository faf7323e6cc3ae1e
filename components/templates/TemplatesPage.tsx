import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskpilotDb } from '@/lib/db/schema';
import { deleteTemplate, listTemplates } from '@/lib/db/templates';
import { BUILT_IN_TEMPLATES, LIBRARY_LANGUAGES } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import { blankTemplate, duplicateTemplate } from './draft';
import { filterTemplates, NO_FILTER } from './template-filter';
import { TemplateEditor } from './TemplateEditor';
import { TemplateFilters } from './TemplateFilters';
import { TemplateList } from './TemplateList';
import { TemplateTransfer } from './TemplateTransfer';

interface Editing {
  template: Template;
  isNew: boolean;
}

/** Languages in use: the library's first, then the user's own, alphabetically. */
function languagesOf(templates: readonly Template[]): string[] {
  const library: readonly string[] = LIBRARY_LANGUAGES;
  const others = [...new Set(templates.map((t) => t.language))].filter((l) => !library.includes(l)).sort();
  return [...library, ...others];
}

/** The template manager: the built-in library and the user's templates, to search, edit, import and export. */
export function TemplatesPage({ db }: { db: DeskpilotDb }) {
  const mine = useLiveQuery(() => listTemplates(db), [db]);
  const [filter, setFilter] = useState(NO_FILTER);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (mine === undefined) return <p role="status">Loading templates…</p>;

  const open = (template: Template, isNew = false) => {
    setMessage(null);
    setEditing({ template, isNew });
  };
  const duplicate = (template: Template) => open(duplicateTemplate(template), true);
  const removed = (template: Template) => setMessage(`Deleted “${template.name}”.`);

  if (editing) {
    return (
      <TemplateEditor
        key={editing.template.id}
        db={db}
        template={editing.template}
        isNew={editing.isNew}
        onClose={() => setEditing(null)}
        onSaved={(template) => setEditing({ template, isNew: false })}
        onDuplicate={duplicate}
        onDeleted={(template) => {
          setEditing(null);
          removed(template);
        }}
      />
    );
  }

  const all = [...mine, ...BUILT_IN_TEMPLATES];
  return (
    <>
      <Section
        title="Templates"
        aside={
          <Button variant="primary" onClick={() => open(blankTemplate(), true)}>
            New template
          </Button>
        }
      >
        <p className="hint">
          Suggestions are picked from these by intent, language and order state. Built-in templates are read-only: duplicate one to
          make it yours. Your templates are kept in this browser.
        </p>
        {message && <Notice tone="success">{message}</Notice>}
        <TemplateFilters filter={filter} languages={languagesOf(all)} onChange={setFilter} />
        <TemplateList
          key={JSON.stringify(filter)}
          templates={filterTemplates(all, filter)}
          total={all.length}
          onOpen={(t) => open(t)}
          onDuplicate={duplicate}
          onDelete={(t) => void deleteTemplate(db, t.id).then(() => removed(t))}
        />
      </Section>
      <TemplateTransfer db={db} mine={mine} all={all} />
    </>
  );
}
