import { Card } from 'antd';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import type { RecordItem } from '../records';
import { StageGuidance } from './StageGuidance';
import { StagePath } from './StagePath';
import { useStageHistory } from './useStageHistory';
import { useStageMove } from './useStageMove';

type Props = { entity: EntityDefinition; record: RecordItem; pipelines: FieldDefinition[] };

/** The record's pipelines across the top of its page: each stage path with the current stage's guidance. */
export function RecordPipelines({ entity, record, pipelines }: Props) {
  const history = useStageHistory(entity.slug, record.id, pipelines.length > 0);
  const { move, moving, refusal, dismiss } = useStageMove(entity.slug, record);
  const dwells = history.data?.dwells ?? [];
  if (pipelines.length === 0) return null;
  return (
    <Card className="record-pipelines" size="small">
      {pipelines.map((field) => {
        const target = moving?.[field.slug];
        return (
          <div key={field.slug} className="record-pipelines__item">
            <StagePath
              field={field}
              value={record[field.slug]}
              dwells={dwells}
              moving={typeof target === 'string' ? target : undefined}
              refusal={refusal?.field === field.slug ? refusal : undefined}
              onMove={(stage, label) => void move(field.slug, stage, label)}
              onDismiss={dismiss}
            />
            <StageGuidance field={field} value={record[field.slug]} />
          </div>
        );
      })}
    </Card>
  );
}
