import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Progress, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../shared/api';
import { isActive, jobPercent } from './formulaApi';
import { useRecomputeJob } from './useRecomputeJob';
import { useStartRecompute } from './useStartRecompute';

type Props = { entity: string; field: string };

/** Where the recomputation of a formula field stands, and a button to run it again. */
export function RecomputeStatus({ entity, field }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const job = useRecomputeJob(entity, field);
  const start = useStartRecompute(entity, field);
  const current = job.data;
  const wasActive = useRef(false);

  useEffect(() => {
    // Once a job finishes, the records it changed are worth showing again.
    const active = isActive(current);
    if (wasActive.current && !active) void queryClient.invalidateQueries({ queryKey: ['records', entity] });
    wasActive.current = active;
  }, [current, entity, queryClient]);

  const recompute = () =>
    start.mutate(undefined, {
      onSuccess: () => void message.success(t('scripting.formula.recomputeStarted')),
      onError: (error) => void message.error(problemText(error, t('errors.unexpected'))),
    });

  return (
    <div className="recompute-status" data-testid="formula-recompute" data-status={current?.status ?? 'none'}>
      {current ? (
        <>
          <Progress
            percent={jobPercent(current)}
            size="small"
            status={
              current.status === 'failed' ? 'exception' : isActive(current) ? 'active' : current.status === 'completed' ? 'success' : 'normal'
            }
          />
          <div>
            <Typography.Text type={current.status === 'failed' ? 'danger' : 'secondary'} data-testid="formula-recompute-text">
              {t(`scripting.formula.status.${current.status}`, { processed: current.processed, total: current.total })}
            </Typography.Text>
          </div>
          {current.failed > 0 && (
            <div>
              <Typography.Text type="warning">{t('scripting.formula.failedRecords', { count: current.failed })}</Typography.Text>
            </div>
          )}
          {current.message && (
            <div>
              <Typography.Text type="secondary">{current.message}</Typography.Text>
            </div>
          )}
        </>
      ) : (
        <div>
          <Typography.Text type="secondary">{job.isPending ? t('common.loading') : t('scripting.formula.noJob')}</Typography.Text>
        </div>
      )}
      <Space style={{ marginTop: 8, display: 'flex' }}>
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={recompute}
          loading={start.isPending}
          disabled={isActive(current)}
          data-testid="formula-recompute-start"
        >
          {t('scripting.formula.recompute')}
        </Button>
      </Space>
    </div>
  );
}
