import { useEffect, useId, useRef, useState } from 'react';
import { ticketKey, type Ticket } from '@/lib/domain/ticket';
import type { Suggestion } from '@/lib/domain/suggestion';
import { INTENTS, isIntentId } from '@/lib/intent/types';
import type { InsertMode } from '@/lib/messaging/protocol';
import type { SuggestResult, TemplateSuggestion } from '@/lib/suggest/pipeline';
import { usePanel } from '@/lib/store/panel-context';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Section';
import { InsertStatusLine } from './InsertStatusLine';
import { FactsList } from './FactsList';
import { intentLabel } from './intent-labels';

interface Props {
  tabId: number;
  ticket: Ticket;
  result: SuggestResult;
  defaultMode: InsertMode;
}

const asSuggestion = (s: TemplateSuggestion): Suggestion => ({ templateId: s.templateId, language: s.language, text: s.text });

/** Placeholders of required values the text still shows. */
export function openGaps(text: string, suggestion: TemplateSuggestion | undefined): string[] {
  return (suggestion?.gaps ?? []).filter((g) => g.required && text.includes(`[${g.name}]`)).map((g) => g.name);
}

/** The suggested reply, editable; Insert puts it in the helpdesk's reply box. The agent sends. */
export function SuggestionEditor({ tabId, ticket, result, defaultMode }: Props) {
  const key = ticketKey(ticket);
  const draft = usePanel((s) => s.drafts[key]);
  const status = usePanel((s) => s.insertStatus[key]) ?? { state: 'idle' as const };
  const choice = usePanel((s) => s.choices[key]?.suggestion) ?? 0;
  const offer = usePanel((s) => s.offer);
  const replace = usePanel((s) => s.replace);
  const edit = usePanel((s) => s.edit);
  const reset = usePanel((s) => s.reset);
  const insert = usePanel((s) => s.insert);
  const choose = usePanel((s) => s.choose);
  const [chosenMode, setMode] = useState<InsertMode | null>(null);
  const [confirming, setConfirming] = useState(false);
  const textId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const mode = chosenMode ?? defaultMode;
  const current = result.suggestions[Math.min(choice, result.suggestions.length - 1)];

  useEffect(() => {
    if (current) offer(ticket, asSuggestion(current));
  }, [offer, ticket, current]);

  if (!draft || !current) return null;
  const edited = draft.text !== draft.suggestion.text;
  const gaps = openGaps(draft.text, current);

  const selectGap = (name: string) => {
    const area = textRef.current;
    const start = draft.text.indexOf(`[${name}]`);
    if (!area || start === -1) return;
    area.focus();
    area.setSelectionRange(start, start + name.length + 2);
  };
  const doInsert = () => {
    setConfirming(false);
    void insert(tabId, ticket, mode);
  };

  return (
    <Section title="Suggested reply" aside={<span className="tag" title="Template used">{current.templateId}</span>}>
      <div className="reply-head">
        <label className="intent-picker">
          Customer wants
          <select
            value={result.intent.id}
            onChange={(e) => {
              if (!isIntentId(e.target.value)) return;
              choose(key, { intent: e.target.value, suggestion: 0 });
              setConfirming(false);
            }}
          >
            <option value={result.intent.id}>
              {intentLabel(result.intent.id)} ({Math.round(result.intent.confidence * 100)}%)
            </option>
            {result.runnersUp.slice(0, 3).map((g) => (
              <option key={g.id} value={g.id}>
                {intentLabel(g.id)} ({Math.round(g.confidence * 100)}%)
              </option>
            ))}
            <optgroup label="Other intents">
              {INTENTS.filter((id) => id !== result.intent.id && !result.runnersUp.slice(0, 3).some((g) => g.id === id)).map((id) => (
                <option key={id} value={id}>
                  {intentLabel(id)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {result.suggestions.length > 1 && (
          <div className="suggestion-tabs" role="tablist" aria-label="Suggestions">
            {result.suggestions.map((s, i) => (
              <button
                key={s.templateId}
                type="button"
                role="tab"
                aria-selected={s === current}
                title={s.templateId}
                onClick={() => {
                  choose(key, { suggestion: i });
                  replace(ticket, asSuggestion(s));
                  setConfirming(false);
                }}
              >
                {i + 1}
              </button>
            ))}
          </div>
        )}
      </div>
      {current.warnings.length > 0 && (
        <ul className="reply-warnings" aria-label="Warnings">
          {current.warnings.map((w, i) => (
            <li key={i} className={`warning-${w.kind}`}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={textId} className="visually-hidden">
        Reply text
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="reply-text"
        value={draft.text}
        rows={Math.min(18, Math.max(8, draft.text.split('\n').length + 1))}
        onChange={(e) => {
          edit(key, e.target.value);
          setConfirming(false);
        }}
        spellCheck
        lang={draft.suggestion.language}
      />
      {gaps.length > 0 && (
        <div className="gaps" role="group" aria-label="Values to fill">
          <span>To fill in:</span>
          {gaps.map((g) => (
            <button key={g} type="button" className="gap" onClick={() => selectGap(g)}>
              {g}
            </button>
          ))}
        </div>
      )}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Missing values">
          <p>
            {gaps.length === 1 ? '1 value is' : `${gaps.length} values are`} still missing ({gaps.join(', ')}). Insert anyway?
          </p>
          <div className="reply-buttons">
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Go back and fill
            </Button>
            <Button variant="primary" onClick={doInsert}>
              Insert anyway
            </Button>
          </div>
        </div>
      ) : (
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
              onClick={() => (gaps.length > 0 ? setConfirming(true) : doInsert())}
            >
              {status.state === 'inserting' ? 'Inserting…' : 'Insert'}
            </Button>
          </div>
        </div>
      )}
      <InsertStatusLine status={status} />
      <FactsList variables={current.variables} />
    </Section>
  );
}
