import { App, Col, Row, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { problemText } from '../../shared/api';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { formatDateTime } from '../records';
import { activityNames } from './activityNames';
import { BookmarkList } from './BookmarkList';
import { IncidentList } from './IncidentList';
import { InstanceDiagram } from './InstanceDiagram';
import { InstanceHeader } from './InstanceHeader';
import { instancePath, journalOf } from './instancePath';
import { JournalTable } from './JournalTable';
import { useInstance } from './useInstance';
import { useInstanceActions } from './useInstanceActions';
import { useWorkflows } from './useWorkflows';
import { useWorkflowVersion } from './useWorkflowVersion';
import { VariablesCard } from './VariablesCard';

/** One instance: its definition's diagram with the path taken, where it waits, its journal and faults. */
export function WorkflowInstancePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { instanceId = '' } = useParams();
  const instance = useInstance(instanceId);
  const details = instance.data;
  const version = useWorkflowVersion(details?.definitionId, details?.version);
  const workflows = useWorkflows();
  const { retry, cancel } = useInstanceActions(instanceId);
  const [selected, setSelected] = useState<string | null>(null);

  const names = useMemo(() => activityNames(version.data, details?.journal), [version.data, details?.journal]);
  const nameOf = (activityId: string) => names.get(activityId) ?? activityId;
  const path = useMemo(
    () =>
      instancePath(details?.journal ?? [], details?.bookmarks ?? [], details?.incidents ?? [], {
        timer: (dueAt) => t('workflowRuns.badges.timer', { when: formatDateTime(dueAt) }),
        waiting: (name) => t('workflowRuns.badges.waiting', { name }),
        runs: (count) => t('workflowRuns.badges.runs', { count }),
      }),
    [details, t],
  );

  if (instance.isError) return <ErrorResult error={instance.error} onRetry={() => void instance.refetch()} />;
  if (!details) return <Spin className="page-spinner" />;

  const definitionName =
    details.name || workflows.data?.find((item) => item.definitionId === details.definitionId)?.name || details.definitionId;
  const onRetry = (incidentId?: string) =>
    retry.mutate(incidentId, {
      onSuccess: () => void message.success(t('workflowRuns.actions.retried')),
      onError: (error) => void message.error(problemText(error, t('errors.unexpected'))),
    });
  const onCancel = () =>
    cancel.mutate(undefined, {
      onSuccess: () => void message.success(t('workflowRuns.actions.cancelled')),
      onError: (error) => void message.error(problemText(error, t('errors.unexpected'))),
    });

  return (
    <div className="page workflow-instance" data-testid="workflow-instance">
      <InstanceHeader
        instance={details}
        definitionName={definitionName}
        retrying={retry.isPending}
        cancelling={cancel.isPending}
        onRetryAll={() => onRetry()}
        onCancel={onCancel}
      />
      <Row gutter={[16, 16]} className="workflow-instance__body">
        <Col xs={24} xl={16}>
          <div className="workflow-instance__column">
            <InstanceDiagram
              workflow={version.data}
              loading={version.isLoading}
              marks={path.marks}
              badges={path.badges}
              onSelect={setSelected}
            />
            <JournalTable
              journal={journalOf(details.journal, selected)}
              activityName={nameOf}
              selected={selected}
              onClearSelection={() => setSelected(null)}
            />
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="workflow-instance__column">
            <IncidentList incidents={details.incidents} activityName={nameOf} retrying={retry.isPending} onRetry={onRetry} />
            <BookmarkList bookmarks={details.bookmarks} activityName={nameOf} />
            <VariablesCard instance={details} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
