import type { Correction } from '../domain/correction';
import type { DeskpilotDb } from './schema';

export async function addCorrection(db: DeskpilotDb, correction: Omit<Correction, 'id'>): Promise<number> {
  const id = await db.corrections.add(correction);
  if (id === undefined) throw new Error('The correction was not stored.');
  return id;
}

export function listCorrections(db: DeskpilotDb, limit = 500): Promise<Correction[]> {
  return db.corrections.orderBy('createdAt').reverse().limit(limit).toArray();
}

export function correctionsForTicket(db: DeskpilotDb, ticketKey: string): Promise<Correction[]> {
  return db.corrections.where('ticketKey').equals(ticketKey).sortBy('createdAt');
}

export function deleteCorrection(db: DeskpilotDb, id: number): Promise<void> {
  return db.corrections.delete(id);
}
