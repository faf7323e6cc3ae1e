import { useEffect, useId, useState } from 'react';
import { ticketKey, type Ticket } from '@/lib/domain/ticket';
import type { Suggestion } from '@/lib/domain/suggestion';
import type { InsertMode } from '@/lib/messaging/protocol';
import { usePanel } from '@/lib/store/panel-context';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Section';
import { InsertStatusLine } from './InsertStatusLine';

interface Props {
  tabId: number;
  ticket: Ticket;
  suggestion: Suggestion;
  defaultMode: InsertMode;
}

/** The suggested reply, editable; Insert puts it in the helpdesk's reply box. The agent sends. */
export function SuggestionEditor({ tabId, ticket, suggestion, defaultMode }: Props) {
  const key = ticketKey(ticket);
  const draft = usePanel((s) => s.drafts[key]);
  const status = usePanel((s) => s.insertStatus[key]) ?? { state: 'idle' as const };
  const offer = usePanel((s) => s.offer);
  const edit = usePanel((s) => s.edit);
  const reset = usePanel((s) => s.reset);
  const insert = usePanel((s) => s.insert);
  const [chosenMode, setMode] = useState<InsertMode | null>(null);
  const mode = chosenMode ?? defaultMode;
  const textId = useId();

  useEffect(() => offer(ticket, suggestion), [offer, ticket, suggestion]);

  if (!draft) return null;
  const edited = draft.text !== draft.suggestion.text;

  return (
    <Section
      title="Suggested reply"
      aside={<span className="tag" title="Template used for this suggestion">{draft.suggestion.templateId}</span>}
    >
      <label htmlFor={textId} className="visually-hidden">
        Reply text
      </label>
      <textarea
        id={textId}
        className="reply-text"
        value={draft.text}
        rows={Math.min(16, Math.max(8, draft.text.split('\n').length + 1))}
        onChange={(e) => edit(key, e.target.value)}
        spellCheck
        lang={draft.suggestion.language}
      />
      <div className="reply-actions">
        <fieldset className="mode-toggle">
          <legend className="visually-hidden">Where to insert</legend>
          <label>
            <input type="radio" name="insert-mode" checked={mode === 'caret'} onChange={() => setMode('caret')} /> At cursor
          </label>
          <label>
            <input type="radio" name="insert-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace draft
          </label>
        </fieldset>
        <div className="reply-buttons">
          {edited && (
            <Button variant="ghost" onClick={() => reset(key)}>
              Undo edits
            </Button>
          )}
          <Button
            variant="primary"
            disabled={status.state === 'inserting' || !draft.text.trim()}
            onClick={() => void insert(tabId, ticket, mode)}
          >
            {status.state === 'inserting' ? 'Inserting…' : 'Insert'}
          </Button>
        </div>
      </div>
      <InsertStatusLine status={status} />
    </Section>
  );
}
