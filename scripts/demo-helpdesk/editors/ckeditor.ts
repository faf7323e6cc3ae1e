/**
 * CKEditor 5 (Zendesk's composer), as the demo Zendesk runs it: a DecoupledEditor on the composer
 * element, which becomes the editable and whose content is the initial data.
 */
import { Bold, DecoupledEditor, Essentials, Italic, Link, List, Paragraph, type ModelNode } from 'ckeditor5';
import { startLab } from './lab';

/** A model block's text: `$text` nodes, `softBreak` (Shift+Enter, <br>) as '\n'. */
function blockText(node: ModelNode): string {
  if (node.is('$text')) return node.data;
  if (node.is('element', 'softBreak')) return '\n';
  if (!node.is('element')) return '';
  return Array.from(node.getChildren()).map(blockText).join('');
}

startLab('ckeditor', async (target) => {
  const editor = await DecoupledEditor.create(target, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
    placeholder: 'Add a public reply',
  });
  const blocks = () => {
    const root = editor.model.document.getRoot();
    return root ? Array.from(root.getChildren()).map(blockText) : [];
  };
  return { getText: () => blocks().join('\n'), getBlocks: blocks, getHtml: () => editor.getData() };
});
