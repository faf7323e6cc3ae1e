import type { Note } from '@/lib/domain/ticket';
import { Section } from '@/components/ui/Section';

/** Internal notes: for the agent's eyes, kept apart from what the customer wrote. */
export function NotesList({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <Section title={`Internal notes (${notes.length})`}>
      <ul className="notes" aria-label="Internal notes">
        {notes.map((n, i) => (
          <li key={i} className="note">
            <span className="note-name">{n.name || 'Agent'}</span>
            <p className="note-text">{n.text}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
