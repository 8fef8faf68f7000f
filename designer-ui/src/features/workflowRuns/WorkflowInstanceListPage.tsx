import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import { filterFromSearch, filterToSearch, pageOf } from './instanceFilters';
import { InstanceFilterBar } from './InstanceFilterBar';
import { InstanceTable } from './InstanceTable';
import type { InstanceListFilter } from './types';
import { useInstances } from './useInstances';
import { useWorkflows } from './useWorkflows';

const pageSize = 50;

/** Every workflow run, newest first, filtered by status, definition and record; the filter is the URL's. */
export function WorkflowInstanceListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  // The `before` of each newer page, so "newer" walks back the way "older" came.
  const [newer, setNewer] = useState<(string | undefined)[]>([]);
  const instances = useInstances(filter, pageSize);
  const workflows = useWorkflows();
  const page = pageOf(instances.data?.items ?? [], pageSize);

  const apply = (next: InstanceListFilter) => setSearch(filterToSearch(next));
  const change = (next: InstanceListFilter) => {
    setNewer([]);
    apply(next);
  };
  const older = () => {
    setNewer([...newer, filter.before]);
    apply({ ...filter, before: page.olderBefore });
  };
  const back = () => {
    setNewer(newer.slice(0, -1));
    apply({ ...filter, before: newer[newer.length - 1] });
  };

  return (
    <div className="page workflow-instances">
      <PageHeader
        title={t('workflowRuns.list.title')}
        subtitle={t('workflowRuns.list.subtitle')}
        extra={<Link to="/automations">{t('workflowRuns.list.definitions')}</Link>}
      />
      <Card>
        <InstanceFilterBar filter={filter} onChange={change} />
        {instances.isError ? (
          <ErrorResult error={instances.error} onRetry={() => void instances.refetch()} />
        ) : (
          <InstanceTable instances={page.items} workflows={workflows.data ?? []} loading={instances.isFetching} />
        )}
        <Space className="instance-pager">
          <Button
            size="small"
            icon={<LeftOutlined />}
            disabled={!filter.before}
            onClick={back}
            data-testid="instances-newer"
          >
            {t('workflowRuns.list.newer')}
          </Button>
          <Button size="small" disabled={!page.olderBefore} onClick={older} data-testid="instances-older">
            {t('workflowRuns.list.older')} <RightOutlined />
          </Button>
        </Space>
      </Card>
    </div>
  );
}
