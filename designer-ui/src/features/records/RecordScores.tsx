import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { ScoreView, fieldLabelOf } from '../../shared/scripting';
import { formatDateTime } from './formatValue';
import { useRecordScores } from './useRecordScores';

type Props = { entity: EntityDefinition; id: number };

/**
 * The record's scores, one per score rule, each with its grade and the reasons behind it; nothing when the
 * entity scores nothing.
 */
export function RecordScores({ entity, id }: Props) {
  const { t, i18n } = useTranslation();
  const scores = useRecordScores(entity.slug, id);
  const fieldLabel = fieldLabelOf(entity.fields, i18n.language);
  const items = scores.data ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('scripting.score.title')} className="record-scores" data-testid="record-scores">
      {items.map((score) => (
        <div key={score.rule} className="record-scores__item" data-testid={`record-score-${score.rule}`}>
          <ScoreView
            result={score}
            title={localize(score.label ?? {}, i18n.language) || score.rule}
            reasonLabel={fieldLabel}
          />
          {score.scoredAt && (
            <Typography.Text type="secondary" className="record-scores__at">
              {t('scripting.score.scoredAt', { at: formatDateTime(score.scoredAt) })}
            </Typography.Text>
          )}
        </div>
      ))}
    </Card>
  );
}
