import { AppstoreOutlined, ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Avatar, Button, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { formatDateTime, formFields, linkLabel, useRecordForm, ValueCell, type FormatContext, type RecordItem } from '../records';
import { highlightFields } from './highlightFields';
import { recordTitle } from './recordTitle';

type Props = {
  entity: EntityDefinition;
  record: RecordItem;
  pipelines: FieldDefinition[];
  context: FormatContext;
  refreshing: boolean;
  onRefresh: () => void;
};

/** The record's name, entity and key facts (owner, amounts, computed values), with the way back to the list. */
export function RecordHeader({ entity, record, pipelines, context, refreshing, onRefresh }: Props) {
  const { t, i18n } = useTranslation();
  const recordForm = useRecordForm(entity.slug);
  const title = recordTitle(entity, record, context);
  const entityLabel = localize(entity.label, i18n.language) || entity.slug;
  const facts = useMemo(
    () => highlightFields(entity.fields, recordForm.data ? formFields(recordForm.data) : entity.fields.map((field) => field.slug)),
    [entity.fields, recordForm.data],
  );

  return (
    <div className="record-header" data-testid="record-header">
      <div className="record-header__top">
        <Space size={12} align="start">
          <Avatar shape="square" size={44} className="record-header__avatar">
            {title.slice(0, 1).toUpperCase()}
          </Avatar>
          <div>
            <Link to={`/entities/${entity.slug}/records`} className="record-header__entity" data-testid="record-back">
              <ArrowLeftOutlined /> {entityLabel}
            </Link>
            <Typography.Title level={3} className="record-header__title" data-testid="record-title">
              {title}
            </Typography.Title>
          </div>
        </Space>
        <Space>
          {pipelines.map((field) => (
            <Link key={field.slug} to={`/entities/${entity.slug}/board?field=${field.slug}`} data-testid={`record-board-${field.slug}`}>
              <Button icon={<AppstoreOutlined />}>
                {pipelines.length > 1
                  ? t('recordDetail.boardOf', { field: localize(field.label, i18n.language) || field.slug })
                  : t('recordDetail.board')}
              </Button>
            </Link>
          ))}
          <Tooltip title={t('recordDetail.refresh')}>
            <Button icon={<ReloadOutlined spin={refreshing} />} onClick={onRefresh} aria-label={t('recordDetail.refresh')} />
          </Tooltip>
        </Space>
      </div>
      <dl className="record-facts">
        <div className="record-fact">
          <dt>{t('records.system.ownerId')}</dt>
          <dd>{record.ownerId === null || record.ownerId === undefined ? '—' : linkLabel(record.ownerId, 'name', context.userNames)}</dd>
        </div>
        {facts.map((field) => (
          <div key={field.slug} className="record-fact" data-testid={`record-fact-${field.slug}`}>
            <dt>{localize(field.label, i18n.language) || field.slug}</dt>
            <dd>
              <ValueCell field={field} value={record[field.slug]} context={context} />
            </dd>
          </div>
        ))}
        <div className="record-fact">
          <dt>{t('records.system.createdAt')}</dt>
          <dd>{formatDateTime(record.createdAt)}</dd>
        </div>
        <div className="record-fact">
          <dt>{t('records.system.updatedAt')}</dt>
          <dd>{formatDateTime(record.updatedAt)}</dd>
        </div>
      </dl>
    </div>
  );
}
