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

/**
 * The first element, in the first selector's matches then the next selector's, that `accept`
 * takes: the visible one, the one outside the reply box, the one that is not the note editor.
 */
export function firstWhere<E extends Element = Element>(root: ParentNode, selectors: SelectorList, accept: (element: E) => boolean): E | null {
  for (const selector of selectors) {
    for (const found of root.querySelectorAll<E>(selector)) {
      if (accept(found)) return found;
    }
  }
  return null;
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

/** First match not hidden by markup: single-page apps keep stale views in the DOM, hidden. */
export function firstVisible<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E | null {
  return firstWhere<E>(root, selectors, (element) => !hiddenByMarkup(element));
}

/** The element itself when it matches one of the selectors, else its first match inside; for elements that are sometimes their own part. */
export function firstOrSelf(element: Element, selectors: SelectorList): Element | null {
  return first(element, selectors) ?? (selectors.some((s) => element.matches(s)) ? element : null);
}

/** The nearest ancestor (or the element) matching the first selector of the list that any ancestor matches. */
export function closestOf(element: Element, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** True when the element, or an ancestor, matches one of the selectors: it is inside a sidebar, the reply box, a comment box. */
export function insideAny(element: Element, selectors: SelectorList): boolean {
  return selectors.some((s) => element.closest(s) !== null);
}

/** True when the element itself, or one of its descendants, matches one of the selectors (a role marker on the item or inside it). */
export function matchesOrHas(element: Element, selectors: SelectorList): boolean {
  return selectors.some((s) => element.matches(s) || element.querySelector(s) !== null);
}

/** The elements of the list that no other element of the list contains (`[class*=…]` also hits a match's own parts). */
export function outermost<E extends Element>(elements: readonly E[]): E[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** The elements in document order, to merge what different selectors found into one timeline. */
export function inDocumentOrder<E extends Element>(elements: readonly E[]): E[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global
  return [...elements].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * The shadow root of a web component, also when the page was parsed without attaching declarative
 * shadow roots (jsdom, DOMParser and innerHTML keep `<template shadowrootmode>` as a plain template):
 * then the template's content stands for the root.
 */
export function shadowRootOf(host: Element): ParentNode | null {
  if (host.shadowRoot) return host.shadowRoot;
  const template = [...host.children].find((child) => child.tagName === 'TEMPLATE' && child.hasAttribute('shadowrootmode'));
  return template ? (template as HTMLTemplateElement).content : null;
}

/** Every element matching `selector` in the tree, open shadow roots (attached or declarative) included. */
export function deepAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const el of root.querySelectorAll('*')) {
    const shadow = shadowRootOf(el);
    if (shadow) found.push(...deepAll<E>(shadow, selector));
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
