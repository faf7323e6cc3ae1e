import { isIntentId, type IntentId } from '../intent/types';
import type { Template } from '../templates/types';
import type { DeskpilotDb } from './schema';

/**
 * The user's own reply templates (built-in ones ship with the code and are never stored here).
 * Saving stamps `updatedAt` and marks the template as the user's.
 */
export async function saveTemplate(db: DeskpilotDb, template: Template, now: number = Date.now()): Promise<Template> {
  const problem = templateProblem(template);
  if (problem) throw new Error(problem);
  const saved: Template = { ...template, name: template.name.trim(), builtIn: false, updatedAt: now };
  await db.templates.put(saved);
  return saved;
}

export function getTemplate(db: DeskpilotDb, id: string): Promise<Template | undefined> {
  return db.templates.get(id);
}

/** The user's templates, by name; only those of an intent and/or a language when asked. */
export async function listTemplates(db: DeskpilotDb, filter: { intent?: IntentId; language?: string } = {}): Promise<Template[]> {
  const { intent, language } = filter;
  const rows =
    intent && language
      ? await db.templates.where('[intent+language]').equals([intent, language]).toArray()
      : intent
        ? await db.templates.where('intent').equals(intent).toArray()
        : language
          ? await db.templates.where('language').equals(language).toArray()
          : await db.templates.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export function deleteTemplate(db: DeskpilotDb, id: string): Promise<void> {
  return db.templates.delete(id);
}

export function countTemplates(db: DeskpilotDb): Promise<number> {
  return db.templates.count();
}

function templateProblem(t: Template): string | null {
  if (t.id.trim() === '') return 'A template needs an id.';
  if (t.name.trim() === '') return 'A template needs a name.';
  if (!isIntentId(t.intent)) return `"${String(t.intent)}" is not an intent.`;
  if (!/^[a-z]{2}$/.test(t.language)) return `"${t.language}" is not a two-letter language code.`;
  return null;
}
