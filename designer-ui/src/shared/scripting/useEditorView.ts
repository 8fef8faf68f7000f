import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { editorSetup } from './editorSetup';

/**
 * Creates the CodeMirror view inside `parent` once and destroys it on unmount. The first document is the
 * value at mount; later values arrive through useEditorValue, options through useEditorExtension.
 */
export function useEditorView(parent: RefObject<HTMLDivElement | null>, initialDoc: string, hint: string) {
  const [view, setView] = useState<EditorView>();
  const first = useRef({ doc: initialDoc, hint });
  useEffect(() => {
    if (!parent.current) return;
    const created = new EditorView({
      parent: parent.current,
      state: EditorState.create({ doc: first.current.doc, extensions: editorSetup(first.current.hint) }),
    });
    setView(created);
    return () => {
      created.destroy();
      setView(undefined);
    };
  }, [parent]);
  return view;
}
