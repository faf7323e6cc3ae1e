import { describe, expect, it } from 'vitest';
import { insertIntoComposer, textToHtml } from '@/lib/dom/composer';

describe('insertIntoComposer, textarea', () => {
  it('inserts at the caret and fires input so frameworks see the change', async () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = 'Hello world';
    area.setSelectionRange(6, 6);
    let inputs = 0;
    area.addEventListener('input', () => inputs++);
    const result = await insertIntoComposer(area, 'dear ', 'caret');
    expect(result).toEqual({ ok: true, mode: 'caret' });
    expect(area.value).toBe('Hello dear world');
    expect(inputs).toBe(1);
  });

  it('replaces the draft in replace mode', async () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = 'old draft';
    await insertIntoComposer(area, 'Hi Marie,\n\nYour order #1047 is on its way.', 'replace');
    expect(area.value).toBe('Hi Marie,\n\nYour order #1047 is on its way.');
  });

  it('refuses empty text', async () => {
    const area = document.createElement('textarea');
    expect(await insertIntoComposer(area, '  ', 'caret')).toMatchObject({ ok: false });
  });
});

describe('insertIntoComposer, rich editors', () => {
  it('hands the text to an editor that handles paste, and reports success when it shows', async () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    // jsdom has no DataTransfer: a rich editor is simulated by one that handles the fallback path.
    const execCommand = (command: string, _ui?: boolean, value?: string) => {
      if (command === 'insertText' && value) editable.append(value);
      if (command === 'insertParagraph') editable.append('\n');
      return true;
    };
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      const result = await insertIntoComposer(editable, 'Hello\nThanks', 'caret');
      expect(result).toEqual({ ok: true, mode: 'caret' });
      expect(editable.textContent).toBe('Hello\nThanks');
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('says so when the editor did not take the text', async () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    const result = await insertIntoComposer(editable, 'Hello', 'caret');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Copy it') });
  });

  it('refuses an element that is not editable', async () => {
    expect(await insertIntoComposer(document.createElement('div'), 'x', 'caret')).toMatchObject({ ok: false });
  });
});

describe('textToHtml', () => {
  it('makes paragraphs and line breaks, escaping markup', () => {
    expect(textToHtml('Hi <b>,\n\nLine 1\nLine 2')).toBe('<p>Hi &lt;b&gt;,</p><p>Line 1<br>Line 2</p>');
  });
});
