import type { HelpdeskId } from './ticket';

/** What the agent changed in a suggestion before inserting it: the material trainers review. */
export interface Correction {
  id?: number;
  ticketKey: string;
  helpdesk: HelpdeskId;
  ticketId: string;
  subject: string;
  language: string | null;
  templateId: string;
  suggested: string;
  sent: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

export function isEdited(correction: Pick<Correction, 'suggested' | 'sent'>): boolean {
  return correction.suggested.trim() !== correction.sent.trim();
}
