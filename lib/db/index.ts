import { openDb, type DeskpilotDb } from './schema';

let shared: DeskpilotDb | null = null;

/**
 * The extension's database, opened on first use by an extension page. Never call this from a
 * content script: there it would open the helpdesk origin's IndexedDB.
 */
export function getDb(): DeskpilotDb {
  shared ??= openDb();
  return shared;
}
