/** A detached `<div>` holding the markup, for tests of DOM helpers (jsdom's global document). */
export function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}
