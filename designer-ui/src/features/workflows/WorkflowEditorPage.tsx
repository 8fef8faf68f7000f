import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { definitionIdFor, newWorkflow } from './newWorkflow';
import { useWorkflow } from './useWorkflow';
import { WorkflowEditor } from './WorkflowEditor';

/** `/automations/:definitionId` edits the latest version; `/automations/new` starts from a Start node. */
export function WorkflowEditorPage() {
  const { definitionId } = useParams();
  const { t } = useTranslation();
  const isNew = definitionId === undefined || definitionId === 'new';
  const [fresh] = useState(() => {
    const name = t('workflows.editor.untitled');
    return newWorkflow(definitionIdFor('workflow'), name);
  });
  const query = useWorkflow(isNew ? undefined : definitionId);

  // After its first save a new workflow's address changes to its id; the same editor goes on, with its undo steps.
  if (isNew || definitionId === fresh.definitionId) {
    return (
      <ReactFlowProvider key="new">
        <WorkflowEditor initial={fresh} isNew={isNew} />
      </ReactFlowProvider>
    );
  }
  if (query.isPending) return <FullPageSpinner />;
  if (!query.data) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ReactFlowProvider key={definitionId}>
      <WorkflowEditor key={definitionId} initial={query.data} isNew={false} />
    </ReactFlowProvider>
  );
}
