import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isProblem, problemText } from '../../shared/api';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import { formatDateTime } from '../records';
import { parseImport } from './importExport';
import type { WorkflowSummary } from './types';
import { useWorkflowMutations } from './useWorkflowMutations';
import { useWorkflows } from './useWorkflows';

/** `/automations`: every workflow definition with its latest and published versions; new and import. */
export function WorkflowListPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const workflows = useWorkflows();
  const { create, save } = useWorkflowMutations();
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = parseImport(await file.text());
    if ('error' in read) {
      void message.error(t(`workflows.import.${read.error}`));
      return;
    }
    const open = (id: string) => void navigate(`/automations/${encodeURIComponent(id)}`);
    try {
      const created = await create.mutateAsync(read.workflow);
      void message.success(t('workflows.import.created', { name: created.name ?? created.definitionId }));
      open(created.definitionId);
    } catch (error) {
      if (!isProblem(error, 409)) {
        void message.error(problemText(error, t('errors.unexpected')));
        return;
      }
      // The definition exists: its draft may be replaced by the file, after asking.
      modal.confirm({
        title: t('workflows.import.replaceTitle'),
        content: t('workflows.import.replaceText', { id: read.workflow.definitionId }),
        okText: t('workflows.import.replace'),
        onOk: async () => {
          try {
            await save.mutateAsync(read.workflow);
            void message.success(t('workflows.import.replaced'));
            open(read.workflow.definitionId);
          } catch (e) {
            void message.error(problemText(e, t('errors.unexpected')));
          }
        },
      });
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('workflows.list.title')}
        subtitle={t('workflows.list.subtitle')}
        extra={
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()} data-testid="wf-list-import">
              {t('workflows.toolbar.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/automations/new')} data-testid="wf-new">
              {t('workflows.list.create')}
            </Button>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} data-testid="wf-list-import-file" />
          </Space>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {workflows.isError ? (
          <ErrorResult error={workflows.error} onRetry={() => void workflows.refetch()} />
        ) : (
          <Table<WorkflowSummary>
            rowKey="definitionId"
            loading={workflows.isPending}
            dataSource={workflows.data ?? []}
            pagination={false}
            data-testid="wf-list"
            onRow={(row) => ({ 'data-testid': `wf-row-${row.definitionId}` }) as never}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.list.empty')} /> }}
            columns={[
              {
                title: t('workflows.list.name'),
                key: 'name',
                render: (_, row) => <Link to={`/automations/${encodeURIComponent(row.definitionId)}`}>{row.name || row.definitionId}</Link>,
              },
              { title: t('workflows.list.id'), dataIndex: 'definitionId', key: 'id', className: 'wf-code' },
              { title: t('workflows.list.latest'), dataIndex: 'latestVersion', key: 'latest', width: 110 },
              {
                title: t('workflows.list.published'),
                key: 'published',
                width: 150,
                render: (_, row) =>
                  row.publishedVersion == null ? (
                    <Tag>{t('workflows.list.notPublished')}</Tag>
                  ) : (
                    <Tag color={row.publishedVersion === row.latestVersion ? 'green' : 'gold'}>{t('workflows.list.publishedVersion', { version: row.publishedVersion })}</Tag>
                  ),
              },
              { title: t('workflows.list.updated'), key: 'updated', width: 190, render: (_, row) => formatDateTime(row.updatedAt) },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
