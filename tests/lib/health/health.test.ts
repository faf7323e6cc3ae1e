import { describe, expect, it } from 'vitest';
import { addOutcome, healthItem, KEEP, outcomeOf, recordRead, summarize, type HealthLog } from '@/lib/health/health';
import type { ReadResult, Ticket } from '@/lib/domain/ticket';

const ticket = (missing?: Ticket['missing']): ReadResult => ({
  ok: true,
  ticket: {
    helpdesk: 'zendesk', ticketId: '1', url: 'https://a.zendesk.com/agent/tickets/1', subject: 's',
    customer: { name: 'n', email: null }, messages: [], notes: [], orderNumbers: [], language: 'en',
    ...(missing ? { missing } : {}),
  },
});
const failure: ReadResult = { ok: false, error: { code: 'no-conversation', message: 'x' } };
const notATicket: ReadResult = { ok: false, error: { code: 'no-ticket-open', message: 'x' } };

describe('read health', () => {
  it('classifies reads', () => {
    expect(outcomeOf(ticket(), 5)).toEqual({ at: 5, status: 'complete', missing: [] });
    expect(outcomeOf(ticket(['customerEmail']), 5)).toEqual({ at: 5, status: 'partial', missing: ['customerEmail'] });
    expect(outcomeOf(failure, 5)).toEqual({ at: 5, status: 'no-conversation', missing: [] });
    // Times shown only as text are the helpdesk's way, not a markup change.
    expect(outcomeOf(ticket(['messageTimes']), 5)).toEqual({ at: 5, status: 'complete', missing: [] });
  });

  it('keeps the last reads per helpdesk and ignores pages that are not tickets', () => {
    let log: HealthLog = {};
    for (let i = 0; i < KEEP + 5; i++) log = addOutcome(log, 'zendesk', outcomeOf(ticket(), i));
    log = addOutcome(log, 'zendesk', outcomeOf(notATicket, 99));
    expect(log.zendesk).toHaveLength(KEEP);
    expect(log.zendesk?.[0]?.at).toBe(5);
  });

  it('summarizes a line per helpdesk: good, degraded when fields go missing, failing when nothing reads', async () => {
    for (let i = 0; i < 5; i++) await recordRead('zendesk', ticket(), i);
    await recordRead('freshdesk', ticket(), 1);
    await recordRead('freshdesk', ticket(['customerEmail']), 2);
    await recordRead('freshdesk', ticket(['customerEmail', 'subject']), 3);
    await recordRead('gmail', failure, 4);
    const lines = summarize((await healthItem.getValue()) ?? {});
    expect(lines.map((l) => [l.helpdesk, l.level, l.complete, l.reads])).toEqual([
      ['freshdesk', 'degraded', 1, 3],
      ['gmail', 'failing', 0, 1],
      ['zendesk', 'good', 5, 5],
    ]);
    expect(lines[0]?.missing).toEqual(['customerEmail', 'subject']);
    expect(lines[0]?.lastAt).toBe(3);
  });
});
