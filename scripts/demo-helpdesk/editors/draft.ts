/**
 * Draft.js 0.11.7 (suspected in Gorgias). Draft calls ReactDOM.findDOMNode, which React 19 removed,
 * so routes.ts bundles this file with `react` and `react-dom` aliased to React 18 (the local
 * devDependency `deskpilot-react18`, ./react18); the types here are React 19's, the API used is
 * the same. The target is replaced by a host element; its content is the initial content.
 */
import { ContentState, Editor, EditorState, RichUtils, convertFromHTML, type DraftHandleValue } from 'draft-js';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { startLab } from './lab';

function initialState(html: string): EditorState {
  if (!html.trim()) return EditorState.createEmpty();
  const { contentBlocks, entityMap } = convertFromHTML(html);
  if (!contentBlocks || contentBlocks.length === 0) return EditorState.createEmpty();
  return EditorState.createWithContent(ContentState.createFromBlockArray(contentBlocks, entityMap));
}

interface ComposerProps {
  initial: EditorState;
  /** Every new EditorState, as Draft hands it to onChange: the model editorLab reads. */
  onModel: (state: EditorState) => void;
  onReady: () => void;
}

function Composer({ initial, onModel, onReady }: ComposerProps) {
  const [state, setState] = useState(initial);
  const onChange = (next: EditorState) => {
    onModel(next);
    setState(next);
  };
  const handleKeyCommand = (command: string, editorState: EditorState): DraftHandleValue => {
    const next = RichUtils.handleKeyCommand(editorState, command);
    if (!next) return 'not-handled';
    onChange(next);
    return 'handled';
  };
  return createElement(Editor, {
    editorState: state,
    onChange,
    handleKeyCommand,
    placeholder: 'Reply',
    ref: (editor: Editor | null) => {
      if (editor) onReady();
    },
  });
}

startLab('draft', async (target) => {
  const host = document.createElement('div');
  host.className = 'editor-lab-draft';
  let current = initialState(target.innerHTML);
  target.replaceWith(host);
  await new Promise<void>((resolve) => {
    const onModel = (next: EditorState) => {
      current = next;
    };
    createRoot(host).render(createElement(Composer, { initial: current, onModel, onReady: resolve }));
  });
  const blocks = () =>
    current
      .getCurrentContent()
      .getBlocksAsArray()
      .map((block) => block.getText());
  return {
    getText: () => current.getCurrentContent().getPlainText('\n'),
    getBlocks: blocks,
  };
});
