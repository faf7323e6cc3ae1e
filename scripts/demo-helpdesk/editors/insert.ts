/**
 * Page-side bundle of Deskpilot's real insertion code, so a test can drive insertIntoComposer
 * without the extension's messaging: `window.deskpilotInsert(selector, text, mode)`.
 */
import { insertIntoComposer } from '../../../lib/dom/composer';
import type { InsertMode, InsertResult } from '../../../lib/messaging/protocol';
import type {} from './lab';

window.deskpilotInsert = async (selector: string, text: string, mode: InsertMode): Promise<InsertResult> => {
  const composer = document.querySelector<HTMLElement>(selector);
  if (!composer) return { ok: false, message: `No element matches ${selector}` };
  return insertIntoComposer(composer, text, mode);
};
