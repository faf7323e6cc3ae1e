import { useId, useState } from 'react';
import { usePanel } from '@/lib/store/panel-context';
import { Button } from '@/components/ui/Button';

/** Other ways to give Deskpilot the conversation: the agent's selection on the page, or pasted text. */
export function ReadSourceBar({ tabId }: { tabId: number }) {
  const readSelection = usePanel((s) => s.readSelection);
  const readPasted = usePanel((s) => s.readPasted);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const id = useId();
  return (
    <div className="source-bar">
      <div className="source-buttons">
        <Button variant="ghost" onClick={() => void readSelection(tabId)}>
          Use my selection
        </Button>
        <Button variant="ghost" aria-expanded={pasting} onClick={() => setPasting((p) => !p)}>
          Paste text
        </Button>
      </div>
      {pasting && (
        <form
          className="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            readPasted(tabId, text);
            setPasting(false);
          }}
        >
          <label htmlFor={id}>Paste the conversation (an e-mail thread or a helpdesk page’s text)</label>
          <textarea id={id} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="form-actions">
            <Button type="submit" variant="primary">
              Read pasted text
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
