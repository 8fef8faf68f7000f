export { ScriptEditor } from './ScriptEditor';
export { ScriptTestPanel } from './ScriptTestPanel';
export { ScoreView } from './ScoreView';
export { GradeTag } from './GradeTag';
export { ScriptFailureAlert } from './ScriptFailureAlert';
export { scriptFailure } from './scriptFailure';
export type { ScriptFailure } from './scriptFailure';
export { scriptKinds } from './types';
export type { ScoreResult, ScoreReason, ScriptKind, ScriptMarker } from './types';
