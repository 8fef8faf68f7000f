import { BulbOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { StageInfo } from './types';

type Props = { field: FieldDefinition; value: unknown };

/** What the person working the record should do in its current stage; nothing when the stage says nothing. */
export function StageGuidance({ field, value }: Props) {
  const { t, i18n } = useTranslation();
  const stage = (field.stages as StageInfo[] | null | undefined)?.find((candidate) => candidate.value === value);
  if (!stage?.guidance) return null;
  return (
    <div className="stage-guidance" data-testid={`stage-guidance-${field.slug}`}>
      <Typography.Text strong className="stage-guidance__head">
        <BulbOutlined /> {t('recordDetail.path.guidanceFor', { stage: localize(stage.label, i18n.language) || stage.value })}
      </Typography.Text>
      <Typography.Paragraph className="stage-guidance__text">{stage.guidance}</Typography.Paragraph>
    </div>
  );
}
