import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CorrectionsList } from '@/components/review/CorrectionsList';
import { addCorrection } from '@/lib/db/corrections';
import { openDb } from '@/lib/db/schema';

const db = openDb('deskpilot-review-test');
afterEach(async () => db.corrections.clear());

const base = {
  ticketKey: 'zendesk:northwind.zendesk.com:48213',
  helpdesk: 'zendesk' as const,
  ticketId: '48213',
  subject: 'Where is my order #1047?',
  language: 'en',
  templateId: 'greeting.order',
  createdAt: Date.UTC(2026, 10, 20, 9, 30),
};

describe('CorrectionsList', () => {
  it('explains itself when empty', async () => {
    render(<CorrectionsList db={db} />);
    expect(await screen.findByText(/No corrections yet/)).toBeInTheDocument();
  });

  it('lists saved corrections with suggested and inserted text, and deletes one', async () => {
    await addCorrection(db, { ...base, suggested: 'Hi Marie,', sent: 'Hi Marie, here is your tracking link.' });
    await addCorrection(db, { ...base, ticketId: '48214', subject: 'Cancel', suggested: 'Same', sent: 'Same', createdAt: base.createdAt + 1 });
    render(<CorrectionsList db={db} />);
    const list = await screen.findByRole('list', { name: 'Saved corrections' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByText('Sent as suggested')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('Edited by agent')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('Hi Marie, here is your tracking link.')).toBeInTheDocument();
    expect(screen.getByText(/2 inserted replies, 1 edited/)).toBeInTheDocument();
    await userEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });
});
