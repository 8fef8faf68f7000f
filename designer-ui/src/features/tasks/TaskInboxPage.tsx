import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TaskList } from './TaskList';
import type { TaskTab } from './types';
import { useTasks } from './useTasks';

const tabs: TaskTab[] = ['open', 'due', 'overdue', 'done'];

/** The signed-in user's tasks: open, due today, overdue and done. */
export function TaskInboxPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TaskTab>('open');
  const tasks = useTasks(tab);

  return (
    <>
      <PageHeader title={t('tasks.title')} subtitle={t('tasks.subtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TaskTab)}
          items={tabs.map((key) => ({ key, label: <span data-testid={`task-tab-${key}`}>{t(`tasks.tabs.${key}`)}</span> }))}
        />
        {tasks.isError ? (
          <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <TaskList tasks={tasks.data?.items ?? []} loading={tasks.isLoading} />
        )}
      </Card>
    </>
  );
}
