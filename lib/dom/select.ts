/**
 * Selectors are lists of fallbacks, newest UI first: helpdesks change their markup, and the
 * first list entry that matches wins.
 */
export type SelectorList = readonly string[];

export function first<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

export function all<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<E>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** True when the element, or an ancestor, is hidden by markup (works without layout, as in jsdom). */
export function hiddenByMarkup(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const style = el.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** Every element matching `selector` in the tree, open shadow roots included (web components). */
export function deepAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepAll<E>(el.shadowRoot, selector));
  }
  return found;
}

/** First match of the first selector that matches, open shadow roots included. */
export function deepFirst<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E | null {
  for (const selector of selectors) {
    const [found] = deepAll<E>(root, selector);
    if (found) return found;
  }
  return null;
}
