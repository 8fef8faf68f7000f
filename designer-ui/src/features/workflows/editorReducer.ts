import { historyReducer, startHistory, type History } from './history';
import { toGraph } from './elsaGraph';
import type { ElsaWorkflow, WorkflowGraph } from './types';

/** What the editor edits: the document's own properties and the graph of its root flowchart. */
export type EditorState = { workflow: ElsaWorkflow; graph: WorkflowGraph };

export type EditorUpdate = (state: EditorState) => EditorState;

export type EditorAction =
  | { type: 'commit'; update: EditorUpdate; key?: string }
  | { type: 'replace'; update: EditorUpdate }
  | { type: 'commitFrom'; from: EditorState }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; workflow: ElsaWorkflow };

export function startEditor(workflow: ElsaWorkflow): History<EditorState> {
  return startHistory({ workflow, graph: toGraph(workflow) });
}

/** Edits arrive as functions of the current state, so a handler never works on a stale copy. */
export function editorReducer(history: History<EditorState>, action: EditorAction): History<EditorState> {
  switch (action.type) {
    case 'commit':
      return historyReducer(history, { type: 'commit', next: action.update(history.present), key: action.key });
    case 'replace':
      return historyReducer(history, { type: 'replace', next: action.update(history.present) });
    case 'commitFrom':
      return historyReducer(history, { type: 'commit', next: history.present, from: action.from });
    case 'undo':
    case 'redo':
      return historyReducer(history, action);
    case 'reset':
      return startEditor(action.workflow);
  }
}
