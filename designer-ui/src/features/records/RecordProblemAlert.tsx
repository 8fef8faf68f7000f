import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScriptFailureAlert } from '../../shared/scripting';
import type { RecordProblem } from './useRecordSave';

type Props = { problem?: RecordProblem; onReload?: () => void };

/** A refused save that no field carries; a stale version offers to reload the record. */
export function RecordProblemAlert({ problem, onReload }: Props) {
  const { t } = useTranslation();
  if (!problem) return null;
  if (problem.kind === 'script') {
    return (
      <div style={{ marginBottom: 16 }}>
        <ScriptFailureAlert failure={problem.failure} />
      </div>
    );
  }
  return (
    <Alert
      type={problem.kind === 'stale' ? 'warning' : 'error'}
      showIcon
      message={problem.text}
      data-testid="record-error"
      style={{ marginBottom: 16 }}
      action={
        problem.kind === 'stale' &&
        onReload && (
          <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid="record-reload">
            {t('records.reload')}
          </Button>
        )
      }
    />
  );
}
