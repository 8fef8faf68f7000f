import '@xyflow/react/dist/style.css';
import './workflows.css';

export type { ActivityMark, ElsaActivity, ElsaWorkflow } from './types';
export { WorkflowDiagram } from './WorkflowDiagram';
export { WorkflowListPage } from './WorkflowListPage';
export { WorkflowEditorPage } from './WorkflowEditorPage';
