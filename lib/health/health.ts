import { storage } from 'wxt/utils/storage';
import { notableMissing, type HelpdeskId, type ReadErrorCode, type ReadResult, type TicketField } from '../domain/ticket';

/**
 * How well each helpdesk's page has been read lately: a short history of reads per helpdesk,
 * kept locally so the options page can say when a helpdesk changed its markup.
 */
export interface ReadOutcome {
  at: number;
  /** 'complete', a ticket with fields missing, or the reason there was no ticket. */
  status: 'complete' | 'partial' | ReadErrorCode;
  missing: TicketField[];
}

export type HealthLog = Partial<Record<HelpdeskId, ReadOutcome[]>>;

export const KEEP = 20;

export const healthItem = storage.defineItem<HealthLog>('local:read-health', { fallback: {}, version: 1 });

export function outcomeOf(result: ReadResult, at: number): ReadOutcome {
  if (!result.ok) return { at, status: result.error.code, missing: [] };
  const missing = notableMissing(result.ticket.missing);
  return { at, status: missing.length > 0 ? 'partial' : 'complete', missing };
}

export function addOutcome(log: HealthLog, helpdesk: HelpdeskId, outcome: ReadOutcome): HealthLog {
  // "Not a ticket page" says nothing about the adapter's health.
  if (outcome.status === 'no-ticket-open') return log;
  return { ...log, [helpdesk]: [...(log[helpdesk] ?? []), outcome].slice(-KEEP) };
}

export async function recordRead(helpdesk: HelpdeskId, result: ReadResult, at = Date.now()): Promise<void> {
  await healthItem.setValue(addOutcome((await healthItem.getValue()) ?? {}, helpdesk, outcomeOf(result, at)));
}

export interface HealthSummary {
  helpdesk: HelpdeskId;
  reads: number;
  complete: number;
  /** Fields missing in recent partial reads, most frequent first. */
  missing: TicketField[];
  failures: number;
  lastAt: number;
  level: 'good' | 'degraded' | 'failing';
}

export function summarize(log: HealthLog): HealthSummary[] {
  return (Object.entries(log) as [HelpdeskId, ReadOutcome[]][])
    .filter(([, outcomes]) => outcomes.length > 0)
    .map(([helpdesk, outcomes]) => {
      const complete = outcomes.filter((o) => o.status === 'complete').length;
      const failures = outcomes.filter((o) => o.status !== 'complete' && o.status !== 'partial').length;
      const counts = new Map<TicketField, number>();
      for (const o of outcomes) for (const f of o.missing) counts.set(f, (counts.get(f) ?? 0) + 1);
      const missing = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
      const recent = outcomes.slice(-5);
      const recentBad = recent.filter((o) => o.status !== 'complete').length;
      const level: HealthSummary['level'] = recent.every((o) => o.status !== 'complete' && o.status !== 'partial') ? 'failing' : recentBad > 0 ? 'degraded' : 'good';
      return { helpdesk, reads: outcomes.length, complete, missing, failures, lastAt: Math.max(...outcomes.map((o) => o.at)), level };
    })
    .sort((a, b) => a.helpdesk.localeCompare(b.helpdesk));
}
