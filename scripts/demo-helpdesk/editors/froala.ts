/**
 * Froala (Freshdesk's composer). Froala builds its own box (.fr-box > .fr-wrapper > .fr-element),
 * so the target is replaced by a fresh element holding its content: on a saved Freshdesk page the
 * target is the old .fr-element and its whole .fr-box is replaced. Froala has no separate model:
 * its model is its cleaned HTML, `editor.html.get()`. Unlicensed, it shows a banner; fine here.
 */
import FroalaEditor from 'froala-editor';
import { htmlBlocks, startLab } from './lab';

startLab('froala', async (target) => {
  const old = target.closest<HTMLElement>('.fr-box') ?? target;
  const host = document.createElement('div');
  host.innerHTML = target.innerHTML;
  old.replaceWith(host);
  const editor = await new Promise<FroalaEditor>((resolve) => {
    const created: FroalaEditor = new FroalaEditor(host, { placeholderText: 'Reply', attribution: false }, function (this: FroalaEditor) {
      resolve(this);
    });
    void created;
  });
  // Unlicensed, Froala adds a "Powered by Froala Editor" paragraph (data-f-id="pbf") to its content.
  const blocks = () => htmlBlocks(editor.html.get(), '[data-f-id="pbf"]');
  return { getText: () => blocks().join('\n'), getBlocks: blocks, getHtml: () => editor.html.get() };
});
