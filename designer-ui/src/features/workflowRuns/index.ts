import './workflowRuns.css';

export { DryRunDrawer } from './DryRunDrawer';
export { RecordWorkflowInstances } from './RecordWorkflowInstances';
export { WorkflowInstanceListPage } from './WorkflowInstanceListPage';
export { WorkflowInstancePage } from './WorkflowInstancePage';
