import { describe, expect, it } from 'vitest';
import {
  all,
  closestOf,
  deepAll,
  deepFirst,
  first,
  firstVisible,
  firstWhere,
  firstOrSelf,
  hiddenByMarkup,
  inDocumentOrder,
  insideAny,
  matchesOrHas,
  outermost,
  shadowRootOf,
} from '@/lib/dom/select';
import { html } from './html';

const ids = (elements: readonly (Element | null)[]): (string | null)[] => elements.map((el) => el?.id ?? null);

describe('first and all', () => {
  it('take the first selector of the list that matches', () => {
    const root = html('<p id="a" class="old"></p><p id="b" class="new"></p><p id="c" class="new"></p>');
    expect(first(root, ['.newest', '.new', '.old'])?.id).toBe('b');
    expect(ids(all(root, ['.newest', '.new', '.old']))).toEqual(['b', 'c']);
    expect(first(root, ['.none'])).toBeNull();
    expect(all(root, ['.none'])).toEqual([]);
  });
});

describe('firstWhere', () => {
  it('returns the first accepted match, trying the next selector when no match of one is accepted', () => {
    const root = html('<i id="a" class="x" data-note></i><i id="b" class="y"></i><i id="c" class="x"></i>');
    expect(firstWhere(root, ['.x', '.y'], (el) => !el.hasAttribute('data-note'))?.id).toBe('c');
    expect(firstWhere(root, ['.x', '.y'], (el) => el.classList.contains('y'))?.id).toBe('b');
    expect(firstWhere(root, ['.x', '.y'], () => false)).toBeNull();
  });
});

describe('hiddenByMarkup and firstVisible', () => {
  it('skip elements hidden by an attribute or an inline style, on themselves or an ancestor', () => {
    const root = html(
      '<div hidden><h2 id="a" class="s"></h2></div><h2 id="b" class="s" aria-hidden="true"></h2>' +
        '<div style="display: none"><h2 id="c" class="s"></h2></div><h2 id="d" class="s" style="visibility:hidden"></h2><h2 id="e" class="s"></h2>',
    );
    expect(all(root, ['.s']).map(hiddenByMarkup)).toEqual([true, true, true, true, false]);
    expect(firstVisible(root, ['.s'])?.id).toBe('e');
    expect(firstVisible(root, ['.missing', 'h2'])?.id).toBe('e');
  });
});

describe('matchesOrHas', () => {
  it('is true for a marker on the element or inside it', () => {
    const root = html('<div id="a" class="note"></div><div id="b"><span class="note"></span></div><div id="c"></div>');
    expect(all(root, ['div']).map((el) => matchesOrHas(el, ['.agent', '.note']))).toEqual([true, true, false]);
  });
});

describe('firstOrSelf', () => {
  it('is the first match inside the element, else the element when it matches itself', () => {
    const root = html('<div id="a" class="stream"><div id="b" class="stream"></div></div><div id="c" class="stream"></div><div id="d"></div>');
    expect(['#a', '#c', '#d'].map((s) => firstOrSelf(root.querySelector(s) as Element, ['.stream'])?.id ?? null)).toEqual(['b', 'c', null]);
  });
});

describe('closestOf', () => {
  it('takes the nearest ancestor of the first selector that any ancestor matches', () => {
    const root = html('<main id="m"><section id="s" class="pane"><p id="p">x</p></section></main>');
    const p = root.querySelector('#p') as Element;
    expect(closestOf(p, ['.missing', 'main', '.pane'])?.id).toBe('m');
    expect(closestOf(p, ['.pane', 'main'])?.id).toBe('s');
    expect(closestOf(p, ['aside'])).toBeNull();
  });
});

describe('insideAny', () => {
  it('is true for an element inside (or matching) one of the areas', () => {
    const root = html('<aside><p id="in">x</p></aside><div contenteditable="true" id="box"></div><p id="out">y</p>');
    expect(['#in', '#box', '#out'].map((s) => insideAny(root.querySelector(s) as Element, ['aside', '[contenteditable="true"]']))).toEqual([true, true, false]);
  });
});

describe('outermost', () => {
  it('drops elements contained in another element of the list', () => {
    const root = html('<div id="a" class="m"><div id="b" class="m-part"></div></div><div id="c" class="m"></div>');
    expect(ids(outermost(all(root, ['[class*="m"]'])))).toEqual(['a', 'c']);
    expect(outermost([])).toEqual([]);
  });
});

describe('inDocumentOrder', () => {
  it('sorts elements found by different selectors into page order', () => {
    const root = html('<p id="a"></p><section><p id="b"></p></section><p id="c"></p>');
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => root.querySelector(s) as Element);
    expect(ids(inDocumentOrder([c, a, b] as Element[]))).toEqual(['a', 'b', 'c']);
    expect(ids(inDocumentOrder([b, b] as Element[]))).toEqual(['b', 'b']);
  });
});

describe('shadow roots', () => {
  it('reads an attached open shadow root', () => {
    const root = html('<x-card id="host"></x-card>');
    const host = root.querySelector('#host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<a id="mail" href="mailto:ana@example.com">Ana</a>';
    expect(shadowRootOf(host)).toBe(host.shadowRoot);
    expect(ids(deepAll(root, 'a'))).toEqual(['mail']);
    expect(deepFirst(root, ['.none', 'a'])?.id).toBe('mail');
  });

  it('reads a declarative shadow root the parser kept as a template', () => {
    const root = html('<x-card id="host"><template shadowrootmode="open"><h2 id="name">Ana Pop</h2><x-inner><template shadowrootmode="open"><b id="deep">x</b></template></x-inner></template></x-card>');
    const host = root.querySelector('#host') as Element;
    expect(root.querySelector('#name')).toBeNull();
    expect(shadowRootOf(host)?.querySelector('#name')?.textContent).toBe('Ana Pop');
    expect(ids(deepAll(root, 'h2'))).toEqual(['name']);
    expect(deepFirst(root, ['b'])?.id).toBe('deep');
  });

  it('does not read a plain template as a shadow root', () => {
    const root = html('<x-card id="host"><template><h2>row template</h2></template></x-card>');
    expect(shadowRootOf(root.querySelector('#host') as Element)).toBeNull();
    expect(deepAll(root, 'h2')).toEqual([]);
  });
});
