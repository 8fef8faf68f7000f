import { Card, Empty, Segmented, Spin, Timeline } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import type { FormatContext } from '../records';
import { timelineDot, TimelineEntry } from './TimelineEntry';
import { visibleTimeline } from './timelineText';
import type { TimelineItem } from './types';
import { useTimeline } from './useTimeline';

type Props = { entity: EntityDefinition; id: number; entities: EntityDefinition[]; context: FormatContext };

type Show = 'all' | TimelineItem['kind'];

/** The record's life, newest first, with a switch to show only changes, stage moves, linked records or owner assignments. */
export function RecordTimeline({ entity, id, entities, context }: Props) {
  const { t } = useTranslation();
  const timeline = useTimeline(entity.slug, id);
  const [show, setShow] = useState<Show>('all');
  const items = useMemo(() => {
    const stageSlugs = entity.fields.filter((field) => field.type === 'stage').map((field) => field.slug);
    const visible = visibleTimeline(timeline.data ?? [], stageSlugs);
    return show === 'all' ? visible : visible.filter((item) => item.kind === show);
  }, [timeline.data, entity.fields, show]);

  return (
    <Card
      title={t('recordDetail.timeline.title')}
      className="record-detail-card record-timeline"
      extra={
        <Segmented<Show>
          size="small"
          value={show}
          onChange={setShow}
          data-testid="timeline-filter"
          options={(['all', 'change', 'stage', 'related', 'assignment'] as const).map((value) => ({
            value,
            label: t(`recordDetail.timeline.show.${value}`),
          }))}
        />
      }
    >
      <div data-testid="timeline">
        {timeline.isPending ? (
          <Spin />
        ) : timeline.isError ? (
          <ErrorResult error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recordDetail.timeline.none')} />
        ) : (
          <Timeline
            items={items.map((item, index) => ({
              key: `${item.kind}-${item.at}-${index}`,
              dot: timelineDot(item),
              children: <TimelineEntry item={item} entity={entity} entities={entities} context={context} />,
            }))}
          />
        )}
      </div>
    </Card>
  );
}
