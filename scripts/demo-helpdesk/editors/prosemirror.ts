/**
 * ProseMirror (Intercom's composer): the basic schema with history, Enter/Shift+Enter and the base
 * keymap. The target element becomes the editable (`{ mount }`); its content is parsed as the
 * initial document.
 */
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser, DOMSerializer, type Node as ProseMirrorNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { startLab } from './lab';

const hardBreak = schema.nodes['hard_break'];
const insertHardBreak: Command = (state, dispatch) => {
  if (!hardBreak) return false;
  dispatch?.(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
  return true;
};

/** Text of a node, hard breaks (and other leaves without text) as '\n'. */
const textOf = (node: ProseMirrorNode) => node.textBetween(0, node.content.size, '\n', '\n');

startLab('prosemirror', async (target) => {
  const doc = DOMParser.fromSchema(schema).parse(target);
  target.replaceChildren();
  const view = new EditorView(
    { mount: target },
    {
      state: EditorState.create({
        doc,
        plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Shift-Enter': chainCommands(exitCode, insertHardBreak) }), keymap(baseKeymap)],
      }),
    },
  );
  const blocks = () => {
    const out: string[] = [];
    view.state.doc.forEach((block) => out.push(textOf(block)));
    return out;
  };
  return {
    getText: () => textOf(view.state.doc),
    getBlocks: blocks,
    getHtml: () => {
      const holder = document.createElement('div');
      holder.append(DOMSerializer.fromSchema(schema).serializeFragment(view.state.doc.content));
      return holder.innerHTML;
    },
  };
});
