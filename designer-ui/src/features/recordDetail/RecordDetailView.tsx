import { useQueryClient } from '@tanstack/react-query';
import { Col, Row } from 'antd';
import { useMemo, useState } from 'react';
import type { EntityDefinition } from '../../shared/schema';
import { useEntities } from '../entities';
import { RecordScores, recordKeys, useFormatContext, type RecordItem } from '../records';
import { RecordWorkflowInstances } from '../workflowRuns';
import { RecordDetailsCard } from './RecordDetailsCard';
import { RecordHeader } from './RecordHeader';
import { RecordPipelines } from './RecordPipelines';
import { RecordTimeline } from './RecordTimeline';
import { relatedLinks } from './relatedLinks';
import { RelatedList } from './RelatedList';
import { stageFields } from './stagePath';

type Props = { entity: EntityDefinition; record: RecordItem; refreshing: boolean; onReload: () => void };

/**
 * A record's own page: its name and key facts, its pipelines as paths, the form beside its timeline, and
 * the records of other entities linking to it.
 */
export function RecordDetailView({ entity, record, refreshing, onReload }: Props) {
  const entities = useEntities();
  const context = useFormatContext();
  const pipelines = useMemo(() => stageFields(entity), [entity]);
  const all = useMemo(() => entities.data ?? [], [entities.data]);
  const links = useMemo(() => relatedLinks(all, entity.slug), [all, entity.slug]);
  const parent = useMemo(() => ({ entity: entity.slug, id: record.id }), [entity.slug, record.id]);
  const queryClient = useQueryClient();
  // The version of the record the form was edited on: a saved or reloaded record starts clean again.
  const [editedVersion, setEditedVersion] = useState<number>();
  const unsaved = editedVersion === record.version;
  // Everything on the page: the record, its stages and timeline, and the related lists.
  const refresh = () => {
    for (const slug of new Set([entity.slug, ...links.map((link) => link.entity.slug)])) {
      void queryClient.invalidateQueries({ queryKey: recordKeys.entity(slug) });
    }
  };

  return (
    <div className="page record-detail" data-testid="record-detail">
      <RecordHeader
        entity={entity}
        record={record}
        pipelines={pipelines}
        context={context}
        refreshing={refreshing}
        onRefresh={refresh}
      />
      <RecordPipelines entity={entity} record={record} pipelines={pipelines} unsaved={unsaved} />
      <Row gutter={[16, 16]} className="record-detail__body">
        <Col xs={24} xl={14}>
          <div className="record-detail__column">
            <RecordScores entity={entity} id={record.id} />
            <RecordDetailsCard
              entity={entity}
              record={record}
              onReload={onReload}
              onEdited={(edited) => setEditedVersion(edited ? record.version : undefined)}
            />
          </div>
        </Col>
        <Col xs={24} xl={10}>
          <div className="record-detail__column">
            {links.map((link) => (
              <RelatedList
                key={`${link.entity.slug}.${link.via.slug}`}
                link={link}
                parent={parent}
                named={links.filter((other) => other.entity.slug === link.entity.slug).length > 1}
                context={context}
              />
            ))}
            <RecordWorkflowInstances entity={entity.slug} recordId={record.id} />
            <RecordTimeline entity={entity} id={record.id} entities={all} context={context} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
