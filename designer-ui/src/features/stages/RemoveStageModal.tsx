import { Alert, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../shared/api';
import { localize } from '../../shared/i18n';
import type { StageForm } from './stageForm';

type Props = {
  stage: StageForm;
  count: number;
  /** The saved stages that stay: where the records can go. */
  targets: StageForm[];
  pending: boolean;
  onCancel: () => void;
  onMove: (to: string, reason: string) => Promise<void>;
};

/** Removing a stage that records stand in: choose where they go; they move at once, then the pipeline is saved. */
export function RemoveStageModal({ stage, count, targets, pending, onCancel, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const [to, setTo] = useState<string>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const name = localize(stage.label, i18n.language) || stage.value;

  const confirm = async () => {
    if (!to) return;
    setError(undefined);
    try {
      await onMove(to, reason);
    } catch (failure) {
      setError(problemText(failure, t('errors.unexpected')));
    }
  };

  return (
    <Modal
      open
      title={t('stages.removeWithRecords', { stage: name })}
      okText={t('stages.moveAndRemove')}
      okButtonProps={{ danger: true, disabled: !to, 'data-testid': 'stage-move-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => void confirm()}
      onCancel={onCancel}
      data-testid="stage-remove-modal"
    >
      <p>{t('stages.recordsInStage', { count, stage: name })}</p>
      {targets.length === 0 ? (
        <Alert type="warning" showIcon message={t('stages.noMoveTarget')} />
      ) : (
        <Form layout="vertical" component="div">
          <Form.Item label={t('stages.moveTo')} required>
            <Radio.Group value={to} onChange={(event) => setTo(event.target.value as string)} data-testid="stage-move-to">
              <Space direction="vertical">
                {targets.map((target) => (
                  <Radio key={target.value} value={target.value} data-testid={`stage-move-to-${target.value}`}>
                    <span className="stage-dot" style={{ background: target.color || '#d9d9d9' }} />
                    {localize(target.label, i18n.language) || target.value}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t('stages.moveReason')} extra={t('stages.moveReasonHint')}>
            <Input.TextArea
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              autoSize={{ minRows: 2, maxRows: 4 }}
              data-testid="stage-move-reason"
            />
          </Form.Item>
        </Form>
      )}
      <Alert type="info" showIcon message={t('stages.moveExplained', { stage: name })} />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="stage-move-error" />}
    </Modal>
  );
}
