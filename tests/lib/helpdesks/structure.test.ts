import { describe, expect, it } from 'vitest';
import { type BlockFields, ownEmail, readBlocks, resolveRoles } from '@/lib/helpdesks/structure';
import { html } from '../dom/html';

const FIELDS: BlockFields = {
  senderName: ['.who'],
  senderEmail: ['.from'],
  body: ['.text'],
  time: ['time[datetime]'],
  outsideMessages: ['aside', '[contenteditable="true"]'],
};

describe('ownEmail', () => {
  it('reads an address from the element’s own attributes or text, not its children’s', () => {
    const el = html('<span id="a" data-email="Ana@Example.com"></span><a id="b" href="mailto:bo@example.org">Bo</a><div id="c"><span>cy@example.net</span></div><span id="d">dee@example.ro</span>');
    expect(['#a', '#b', '#c', '#d'].map((s) => ownEmail(el.querySelector(s) as Element))).toEqual([
      'ana@example.com',
      'bo@example.org',
      null,
      'dee@example.ro',
    ]);
  });
});

describe('readBlocks', () => {
  it('reads the blocks the adapter marked: sender, address, text, time, and role markers', () => {
    const thread = html(`
      <article class="msg message--inbound"><b class="who">Ana Pop</b><span class="from">ana@example.com</span>
        <time datetime="2026-11-12T10:14:00Z">12 Nov</time><div class="text"><p>Where is order #1047?</p></div></article>
      <article class="msg message--note"><b class="who">Sam</b><div class="text"><p>Carrier delay.</p></div></article>
      <article class="msg" hidden><b class="who">Old</b><div class="text"><p>stale</p></div></article>`);
    const blocks = readBlocks(thread, [...thread.querySelectorAll('.msg')], FIELDS);
    expect(blocks).toEqual([
      { role: 'customer', name: 'Ana Pop', email: 'ana@example.com', text: 'Where is order #1047?', at: '2026-11-12T10:14:00Z' },
      { role: 'note', name: 'Sam', email: null, text: 'Carrier delay.', at: null },
    ]);
  });

  it('finds message blocks by shape when nothing is marked: repeated children showing an address and a body, and notes beside them', () => {
    const thread = html(`
      <section>
        <div><div>Ana Pop &lt;ana@example.com&gt;</div><div><p>My parcel is late.</p></div></div>
        <div><div>Sam Lee &lt;sam@shop.test&gt;</div><div>to ana@example.com</div><div><p>It ships today.</p></div></div>
        <div class="note"><b>Sam Lee</b><div><p>Refund if lost.</p></div></div>
      </section>
      <aside><div>other@example.com</div><p>Another ticket</p></aside>`);
    const blocks = readBlocks(thread, [], FIELDS);
    expect(blocks.map((b) => [b.role, b.name, b.email, b.text])).toEqual([
      [null, 'Ana Pop', 'ana@example.com', 'My parcel is late.'],
      [null, 'Sam Lee', 'sam@shop.test', 'It ships today.'],
      ['note', 'Sam Lee', null, 'Refund if lost.'],
    ]);
  });

  it('finds nothing in a thread without addresses or markers', () => {
    expect(readBlocks(html('<p>Nothing here</p>'), [], FIELDS)).toEqual([]);
  });
});

describe('resolveRoles', () => {
  const block = (role: 'customer' | 'agent' | 'note' | null, email: string | null) => ({ role, name: '', email, text: 'x', at: null });

  it('makes the customer whoever writes from the customer’s address, and everyone else an agent', () => {
    expect(resolveRoles([block(null, 'sam@shop.test'), block(null, 'ana@example.com'), block('note', null)], 'Ana@Example.com').map((i) => i.kind)).toEqual([
      'agent',
      'customer',
      'note',
    ]);
  });

  it('without the customer’s address, takes the first sender that is not a note', () => {
    expect(resolveRoles([block('note', 'sam@shop.test'), block(null, 'ana@example.com'), block(null, 'sam@shop.test')], null).map((i) => i.kind)).toEqual([
      'note',
      'customer',
      'agent',
    ]);
  });
});
