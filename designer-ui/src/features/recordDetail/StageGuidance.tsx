import { BulbOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { roundDays } from './stagePath';
import type { StageDwell, StageInfo } from './types';

type Props = { field: FieldDefinition; value: unknown; dwells: StageDwell[] };

/** What to do in the record's current stage (the stage's guidance) and how long it has been there. */
export function StageGuidance({ field, value, dwells }: Props) {
  const { t, i18n } = useTranslation();
  const stage = (field.stages as StageInfo[] | null | undefined)?.find((candidate) => candidate.value === value);
  if (!stage) return null;
  const dwell = dwells.find((candidate) => candidate.field === field.slug && candidate.stage === stage.value && candidate.current);
  const name = localize(stage.label, i18n.language) || stage.value;
  return (
    <div className="stage-guidance" data-testid={`stage-guidance-${field.slug}`}>
      <div className="stage-guidance__head">
        <Typography.Text strong>
          <BulbOutlined /> {t('recordDetail.path.guidanceFor', { stage: name })}
        </Typography.Text>
        {dwell && (
          <Typography.Text type="secondary" className="stage-guidance__dwell">
            <ClockCircleOutlined />{' '}
            {stage.maxDwellDays
              ? t('recordDetail.path.inStageOf', { days: roundDays(dwell.days), max: stage.maxDwellDays })
              : t('recordDetail.path.inStage', { days: roundDays(dwell.days) })}
            {dwell.overdue && (
              <Tag color="red" bordered={false} className="stage-guidance__overdue" data-testid="stage-overdue">
                {t('recordDetail.path.overdue')}
              </Tag>
            )}
          </Typography.Text>
        )}
      </div>
      {stage.guidance ? (
        <Typography.Paragraph className="stage-guidance__text">{stage.guidance}</Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t('recordDetail.path.noGuidance')}</Typography.Text>
      )}
    </div>
  );
}
