import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../shared/api';
import { dueState, recordLink } from './taskLinks';
import type { WorkTask } from './types';
import { useCompleteTask } from './useCompleteTask';
import { useFormatInstant } from './useFormatInstant';

const stateColors = { overdue: 'red', today: 'orange', later: 'blue', none: 'default', done: 'green' } as const;

type Props = { tasks: WorkTask[]; loading: boolean };

/** Tasks with their due state, the record they are about and a complete button while open. */
export function TaskList({ tasks, loading }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteTask();
  const formatInstant = useFormatInstant();

  const onComplete = (task: WorkTask) =>
    complete.mutate(task.id, {
      onSuccess: () => void message.success(t('tasks.completed', { title: task.title })),
      onError: (error) => void message.error(problemText(error, t('errors.unexpected'))),
    });

  return (
    <List
      loading={loading}
      dataSource={tasks}
      locale={{ emptyText: <Empty description={t('tasks.empty')} /> }}
      data-testid="task-list"
      renderItem={(task) => {
        const state = dueState(task);
        const link = recordLink(task);
        return (
          <List.Item
            data-testid={`task-${task.id}`}
            actions={
              task.status === 'open'
                ? [
                    <Button
                      key="complete"
                      icon={<CheckOutlined />}
                      loading={complete.isPending && complete.variables === task.id}
                      onClick={() => onComplete(task)}
                      data-testid={`task-complete-${task.id}`}
                    >
                      {t('tasks.complete')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{task.title}</span>
                  {state !== 'none' && <Tag color={stateColors[state]}>{t(`tasks.state.${state}`)}</Tag>}
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  {task.description && <Typography.Text type="secondary">{task.description}</Typography.Text>}
                  <Space wrap size={12}>
                    {task.dueAt && <span>{t('tasks.dueAt', { when: formatInstant(task.dueAt) })}</span>}
                    {task.doneAt && <span>{t('tasks.doneAt', { when: formatInstant(task.doneAt) })}</span>}
                    {link && (
                      <Link to={link} data-testid={`task-record-${task.id}`}>
                        <LinkOutlined /> {t('tasks.openRecord')}
                      </Link>
                    )}
                  </Space>
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
