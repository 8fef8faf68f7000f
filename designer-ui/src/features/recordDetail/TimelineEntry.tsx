import {
  DeleteOutlined,
  EditOutlined,
  LinkOutlined,
  PlusCircleOutlined,
  RightCircleOutlined,
  UndoOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityDefinition } from '../../shared/schema';
import { formatDateTime, type FormatContext } from '../records';
import { actorName, assignmentText, changeLines, moveText, relatedText } from './timelineText';
import type { TimelineItem } from './types';

type Props = { item: TimelineItem; entity: EntityDefinition; entities: EntityDefinition[]; context: FormatContext };

const changeIcons = {
  create: <PlusCircleOutlined />,
  update: <EditOutlined />,
  delete: <DeleteOutlined />,
  restore: <UndoOutlined />,
};

/** The dot of a timeline item: its kind at a glance. */
export function timelineDot(item: TimelineItem): ReactNode {
  if (item.kind === 'stage') return <RightCircleOutlined className="timeline-dot timeline-dot--stage" />;
  if (item.kind === 'related') return <LinkOutlined className="timeline-dot timeline-dot--related" />;
  if (item.kind === 'assignment') return <UserSwitchOutlined className="timeline-dot timeline-dot--assignment" />;
  return <span className={`timeline-dot timeline-dot--${item.action}`}>{changeIcons[item.action] ?? <EditOutlined />}</span>;
}

/** One event of the record's life: who, when, and what — field changes, a stage move, a linked record or a new owner and why. */
export function TimelineEntry({ item, entity, entities, context }: Props) {
  const { t } = useTranslation();
  const who = actorName(item, context.userNames) ?? t('recordDetail.timeline.system');
  const empty = <Typography.Text type="secondary">{t('recordDetail.timeline.empty')}</Typography.Text>;

  let what: ReactNode;
  let body: ReactNode = null;
  if (item.kind === 'stage') {
    const text = moveText(item.move, entity.fields, context.language);
    what = t('recordDetail.timeline.moved', { field: text.field });
    body = (
      <div className="timeline-move">
        <Tag bordered={false}>{text.from ?? t('recordDetail.path.noStage')}</Tag> →{' '}
        <Tag color="blue" bordered={false}>
          {text.to ?? t('recordDetail.path.noStage')}
        </Tag>{' '}
        <Typography.Text type="secondary" className="timeline-move__source">
          {t(`recordDetail.sources.${item.move.source}`, { defaultValue: item.move.source })}
        </Typography.Text>
        {item.move.reason && <div className="timeline-move__reason">{item.move.reason}</div>}
      </div>
    );
  } else if (item.kind === 'related') {
    const text = relatedText(item, entities, context);
    what = t('recordDetail.timeline.related', { entity: text.entity });
    body = (
      <Link to={text.href} className="timeline-related">
        {text.title}
      </Link>
    );
  } else if (item.kind === 'assignment') {
    const text = assignmentText(item, context);
    what = text.owner === null ? t('recordDetail.timeline.unassigned') : t('recordDetail.timeline.assigned', { owner: text.owner });
    body = (
      <div className="timeline-assignment">
        <Tag bordered={false} color="geekblue">
          {t(`recordDetail.strategies.${item.assignment.strategy}`, { defaultValue: item.assignment.strategy })}
        </Tag>
        {item.assignment.byDefault && <Tag bordered={false}>{t('recordDetail.timeline.defaultOwner')}</Tag>}
        <div className="timeline-assignment__reason" data-testid="assignment-reason">
          {text.reason}
        </div>
      </div>
    );
  } else {
    what = t(`recordDetail.timeline.actions.${item.action}`);
    const lines = changeLines(item.changes ?? [], entity.fields, context);
    if (lines.length > 0) {
      body = (
        <ul className="timeline-changes">
          {lines.map((line) => (
            <li key={line.field}>
              <Typography.Text type="secondary">{line.label}:</Typography.Text>{' '}
              {item.action === 'create' ? (
                <span>{line.new || empty}</span>
              ) : (
                <>
                  {line.old ? <span className="timeline-changes__old">{line.old}</span> : empty} → <span>{line.new || empty}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      );
    }
  }

  return (
    <div className="timeline-entry" data-testid="timeline-item" data-kind={item.kind}>
      <div className="timeline-entry__head">
        <span>
          <Typography.Text strong>{who}</Typography.Text> <span className="timeline-entry__what">{what}</span>
        </span>
        <Typography.Text type="secondary" className="timeline-entry__at">
          {formatDateTime(item.at)}
        </Typography.Text>
      </div>
      {body}
    </div>
  );
}
