import { ApartmentOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { FormatContext } from '../records';
import type { ColumnState } from './boardState';
import { totalText } from './totalText';

type Props = {
  entity: EntityDefinition;
  field: FieldDefinition;
  pipelines: FieldDefinition[];
  onPipeline: (slug: string) => void;
  columns: ColumnState[];
  amount?: FieldDefinition;
  context: FormatContext;
};

/** The board's title, the pipeline shown (a choice when the entity has several) and the board's totals. */
export function BoardHeader({ entity, field, pipelines, onPipeline, columns, amount, context }: Props) {
  const { t, i18n } = useTranslation();
  const label = (text: FieldDefinition['label']) => localize(text, i18n.language);
  const open = columns.filter((column) => column.category === 'open');
  const count = columns.reduce((total, column) => total + column.count, 0);
  const money = (value: number) => totalText(amount, value, context);
  const pipelineValue = open.reduce((total, column) => total + column.sum, 0);
  const weighted = open.reduce((total, column) => total + column.weighted, 0);
  const won = columns.filter((column) => column.category === 'won').reduce((total, column) => total + column.sum, 0);
  return (
    <PageHeader
      title={
        <Space size={10}>
          {label(entity.label) || entity.slug}
          <span className="board-header__pipeline">
            <ApartmentOutlined /> {label(field.label) || field.slug}
          </span>
        </Space>
      }
      subtitle={
        <span className="board-header__stats" data-testid="board-stats">
          <span>{t('board.stats.count', { count, formatted: count.toLocaleString(i18n.language === 'en' ? 'en-US' : 'zh-CN') })}</span>
          {amount && (
            <>
              <span>{t('board.stats.open', { amount: money(pipelineValue) })}</span>
              <span>{t('board.stats.weighted', { amount: money(weighted) })}</span>
              <span>{t('board.stats.won', { amount: money(won) })}</span>
            </>
          )}
        </span>
      }
      extra={
        <Space>
          {pipelines.length > 1 && (
            <Select
              value={field.slug}
              onChange={onPipeline}
              options={pipelines.map((pipeline) => ({ value: pipeline.slug, label: label(pipeline.label) || pipeline.slug }))}
              popupMatchSelectWidth={false}
              data-testid="board-pipeline"
            />
          )}
          <Link to={`/entities/${entity.slug}/records`}>
            <Button icon={<UnorderedListOutlined />} data-testid="board-open-records">
              {t('board.tableView')}
            </Button>
          </Link>
        </Space>
      }
    />
  );
}
