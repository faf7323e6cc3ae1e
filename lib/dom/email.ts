/**
 * E-mail addresses as pages and messages show them: one pattern for every reader, so that an
 * address found in a sidebar compares equal to the one found in a message header.
 */
import type { SelectorList } from './select';

/**
 * Source of the one e-mail pattern: letters and digits of any script, `._%+-` before the `@`,
 * a domain whose last label is two letters or more. Use with the `u` flag.
 */
export const EMAIL_SOURCE = '[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}';

const EMAIL = new RegExp(EMAIL_SOURCE, 'u');
const ONLY_EMAIL = new RegExp(`^${EMAIL_SOURCE}$`, 'u');

/** The first address in a text, as written. */
export function findEmail(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}

/** True when the whole text is one address. */
export function isEmail(text: string): boolean {
  return ONLY_EMAIL.test(text);
}

/** The address an element shows: its `mailto:` link, its title, else its text. */
export function emailIn(element: Element | null | undefined): string | null {
  if (!element) return null;
  const href = element.getAttribute('href') ?? '';
  const mailto = href.toLowerCase().startsWith('mailto:') ? href.slice('mailto:'.length).replace(/%40/gi, '@') : '';
  for (const source of [mailto, element.getAttribute('title') ?? '', element.textContent ?? '']) {
    const found = findEmail(source);
    if (found) return found;
  }
  return null;
}

/** The first address shown by a match of the selectors, tried in order; `accept` can leave matches out. */
export function firstEmail(root: ParentNode, selectors: SelectorList, accept: (element: Element) => boolean = () => true): string | null {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector)) {
      const found = accept(element) ? emailIn(element) : null;
      if (found) return found;
    }
  }
  return null;
}
