import { useState } from 'react';
import type { Message } from '@/lib/domain/ticket';
import { Section } from '@/components/ui/Section';
import { Button } from '@/components/ui/Button';
import { MessageItem } from './MessageItem';

const RECENT = 3;

/** The public conversation, newest at the bottom; older messages fold away in long threads. */
export function Conversation({ messages }: { messages: Message[] }) {
  const [expanded, setExpanded] = useState(false);
  const hidden = expanded ? 0 : Math.max(0, messages.length - RECENT);
  return (
    <Section title={`Conversation (${messages.length})`}>
      {hidden > 0 && (
        <Button variant="ghost" className="show-earlier" onClick={() => setExpanded(true)}>
          Show {hidden} earlier {hidden === 1 ? 'message' : 'messages'}
        </Button>
      )}
      <ol className="messages" aria-label="Conversation">
        {messages.slice(hidden).map((m, i) => (
          <MessageItem key={`${hidden + i}`} message={m} />
        ))}
      </ol>
    </Section>
  );
}
