import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useMemo } from 'react';
import { useEditorExtension } from './useEditorExtension';

/** A read-only editor still lets a person select and copy; it only refuses edits. */
export function useReadOnly(view: EditorView | undefined, readOnly: boolean) {
  const extension = useMemo(() => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)], [readOnly]);
  useEditorExtension(view, extension);
}
