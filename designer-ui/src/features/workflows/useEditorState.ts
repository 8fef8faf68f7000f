import { useMemo, useReducer } from 'react';
import { editorReducer, startEditor, type EditorState, type EditorUpdate } from './editorReducer';
import type { ElsaWorkflow } from './types';

/** The editor's state with undo/redo; `commit` records a step, `replace` shows a change without one. */
export function useEditorState(initial: ElsaWorkflow) {
  const [history, dispatch] = useReducer(editorReducer, initial, startEditor);
  const actions = useMemo(
    () => ({
      commit: (update: EditorUpdate, key?: string) => dispatch({ type: 'commit', update, key }),
      replace: (update: EditorUpdate) => dispatch({ type: 'replace', update }),
      commitFrom: (from: EditorState) => dispatch({ type: 'commitFrom', from }),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      reset: (workflow: ElsaWorkflow) => dispatch({ type: 'reset', workflow }),
    }),
    [],
  );
  return { state: history.present, canUndo: history.past.length > 0, canRedo: history.future.length > 0, ...actions };
}
