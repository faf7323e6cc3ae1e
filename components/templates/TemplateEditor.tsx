import { useMemo, useRef, useState } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { deleteTemplate, saveTemplate } from '@/lib/db/templates';
import { INTENTS, isIntentId } from '@/lib/intent/types';
import { validateTemplate } from '@/lib/templates/engine';
import { cleanTags } from '@/lib/templates/import-macros';
import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import { intentLabel } from '@/components/suggestion/intent-labels';
import { LanguageField } from './LanguageField';
import { OrderStatesField } from './OrderStatesField';
import { TemplateChecks } from './TemplateChecks';
import { TemplatePreview } from './TemplatePreview';
import { useDebounced } from './use-debounced';
import { VariablePicker } from './VariablePicker';

interface Props {
  db: DeskpilotDb;
  template: Template;
  /** Not stored yet (a new template or a copy). */
  isNew: boolean;
  onClose: () => void;
  onSaved: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDeleted: (template: Template) => void;
}

/** Why the draft cannot be saved, or null. */
function saveProblem(draft: Template): string | null {
  if (!draft.name.trim()) return 'Give the template a name.';
  if (!/^[a-z]{2}$/.test(draft.language)) return `“${draft.language}” is not a language code: write two letters (ISO 639-1), like it or nl.`;
  if (!draft.body.trim()) return 'Write the reply in the body.';
  const [error] = validateTemplate(draft.body).errors;
  if (error) return `Fix the Liquid error${error.line !== undefined ? ` on line ${error.line}` : ''} before saving: ${error.message}`;
  return null;
}

/** A template's fields, its Liquid body with checks as you type, and a live preview. Built-ins are read-only. */
export function TemplateEditor({ db, template, isNew, onClose, onSaved, onDuplicate, onDeleted }: Props) {
  const readOnly = template.builtIn;
  const [draft, setDraft] = useState(template);
  const [tagsText, setTagsText] = useState(template.tags.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const body = useDebounced(draft.body, 250);
  const validation = useMemo(() => validateTemplate(body), [body]);
  const change = (patch: Partial<Template>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
    setStatus(null);
  };
  const current = (): Template => ({ ...draft, name: draft.name.trim(), tags: cleanTags(tagsText.split(',')) });

  const insert = (snippet: string) => {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? start;
    change({ body: draft.body.slice(0, start) + snippet + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };
  const save = () => {
    const next = current();
    const why = saveProblem(next);
    if (why) return setProblem(why);
    saveTemplate(db, next).then(
      (saved) => {
        setStatus(`Saved “${saved.name}”.`);
        onSaved(saved);
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  const title = isNew ? 'New template' : readOnly ? 'Built-in template' : 'Edit template';
  return (
    <Section title={title} aside={<Button variant="ghost" onClick={onClose}>Back to the list</Button>}>
      {readOnly && <Notice title="Built-in templates are read-only.">Duplicate this one to make your own version.</Notice>}
      <div className="template-editor">
        <form
          className="template-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!readOnly) save();
          }}
        >
          <label>
            Name
            <input value={draft.name} readOnly={readOnly} onChange={(e) => change({ name: e.target.value })} placeholder="Where is my order: shipped" />
          </label>
          <div className="template-form-row">
            <label>
              Intent
              <select value={draft.intent} disabled={readOnly} onChange={(e) => isIntentId(e.target.value) && change({ intent: e.target.value })}>
                {INTENTS.map((id) => (
                  <option key={id} value={id}>
                    {intentLabel(id)}
                  </option>
                ))}
              </select>
            </label>
            <LanguageField value={draft.language} disabled={readOnly} onChange={(language) => change({ language })} />
          </div>
          <OrderStatesField value={draft.orderStates} disabled={readOnly} onChange={(orderStates) => change({ orderStates })} />
          <label>
            Tags
            <input
              value={tagsText}
              readOnly={readOnly}
              onChange={(e) => {
                setTagsText(e.target.value);
                setStatus(null);
              }}
              placeholder="shipping, tracking"
            />
          </label>
          <label>
            Body (Liquid)
            <textarea
              ref={bodyRef}
              className="reply-text template-body"
              rows={14}
              value={draft.body}
              readOnly={readOnly}
              onChange={(e) => change({ body: e.target.value })}
            />
          </label>
          {!readOnly && <VariablePicker onInsert={insert} />}
          <TemplateChecks validation={validation} />
          {problem && <Notice tone="error">{problem}</Notice>}
          <div className="form-actions">
            {!readOnly && (
              <Button type="submit" variant="primary">
                Save
              </Button>
            )}
            <Button onClick={() => onDuplicate(current())}>Duplicate</Button>
            {status && <span role="status">{status}</span>}
            {!readOnly && !isNew && (
              <ConfirmButton
                label="Delete"
                question={`Delete “${template.name}”?`}
                confirmLabel="Yes, delete"
                onConfirm={() => void deleteTemplate(db, template.id).then(() => onDeleted(template))}
              />
            )}
          </div>
        </form>
        <TemplatePreview body={body} language={draft.language} noOrderFirst={template.orderStates.length === 1 && template.orderStates[0] === 'no_order'} />
      </div>
    </Section>
  );
}
