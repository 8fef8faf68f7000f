import { CodeOutlined, DeleteOutlined, EditOutlined, FilterOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Input, Popover, Segmented, Space, Tag } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../shared/api';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ColumnChooser } from './ColumnChooser';
import { visibleColumns } from './columns';
import { hasPrevious, pageNumber } from './cursorPaging';
import { FilterBuilder } from './FilterBuilder';
import { activeConditionCount } from './filterJson';
import { PagerBar } from './PagerBar';
import { RecordDrawer } from './RecordDrawer';
import { RecordsTable } from './RecordsTable';
import { SavedViewPicker } from './SavedViewPicker';
import type { CurrentView, RecordItem } from './types';
import { useFormatContext } from './useFormatContext';
import { useRecordMutations } from './useRecordMutations';
import { useRecords } from './useRecords';
import { useRecordsView } from './useRecordsView';

type Editing = { record?: RecordItem } | undefined;

type Props = {
  entity: EntityDefinition;
  canDesign: boolean;
  /** More header buttons that act on what the table shows (import, export). */
  actions?: (view: CurrentView) => ReactNode;
};

/** The records of one entity: views, search, filters, columns, trash, paging and the record drawer. */
export function RecordsWorkspace({ entity, canDesign, actions }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const view = useRecordsView(entity.fields);
  const records = useRecords(entity.slug, view.params);
  const { remove, restore } = useRecordMutations(entity.slug);
  const context = useFormatContext();
  const [editing, setEditing] = useState<Editing>();
  const [search, setSearch] = useState(view.state.q);
  const columns = useMemo(() => visibleColumns(view.state.columns, entity.fields), [view.state.columns, entity.fields]);
  const conditionCount = view.state.rawFilter ? 1 : activeConditionCount(view.state.draft, view.filterFields);
  const label = localize(entity.label, i18n.language);
  const current: CurrentView = {
    filter: view.params.filter,
    sort: view.params.sort,
    q: view.params.q,
    columns,
    deleted: view.params.deleted,
  };

  const onDelete = async (record: RecordItem) => {
    try {
      await remove.mutateAsync({ id: record.id, version: record.version });
      void message.success(t('records.deleted'));
    } catch (error) {
      void message.error(problemText(error, t('errors.unexpected')));
    }
  };

  const onRestore = async (record: RecordItem) => {
    try {
      await restore.mutateAsync(record.id);
      void message.success(t('records.restored'));
    } catch (error) {
      void message.error(problemText(error, t('errors.unexpected')));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={
          <Space size={8}>
            {label}
            {view.state.trash && <Tag color="red">{t('records.trash')}</Tag>}
          </Space>
        }
        subtitle={t('records.subtitle', { entity: label })}
        extra={
          <Space>
            {canDesign && (
              <Link to={`/entities/${entity.slug}/design`}>
                <Button icon={<EditOutlined />} data-testid="open-designer">
                  {t('records.designFields')}
                </Button>
              </Link>
            )}
            {canDesign && (
              <Link to={`/entities/${entity.slug}/forms`}>
                <Button icon={<FormOutlined />} data-testid="open-forms">
                  {t('formDesigner.entry')}
                </Button>
              </Link>
            )}
            {canDesign && (
              <Link to={`/entities/${entity.slug}/rules`}>
                <Button icon={<CodeOutlined />} data-testid="entity-rules-link">
                  {t('scripting.rules.entry')}
                </Button>
              </Link>
            )}
            {actions?.(current)}
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({})}
              disabled={view.state.trash || entity.fields.length === 0}
              data-testid="record-new"
            >
              {t('records.new')}
            </Button>
          </Space>
        }
      />
      <Card className="records-card" styles={{ body: { padding: 0 } }}>
        <div className="records-toolbar">
          <Space wrap>
            <SavedViewPicker
              entity={entity.slug}
              viewId={view.state.viewId}
              onApply={(saved) => {
                view.applyView(saved);
                setSearch(saved?.q ?? '');
              }}
              currentBody={view.viewBody}
            />
            <Input.Search
              allowClear
              className="records-search"
              placeholder={t('records.searchPlaceholder')}
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                if (event.target.value === '') view.setQ('');
              }}
              onSearch={(value) => view.setQ(value)}
              data-testid="search-input"
            />
            <Popover
              trigger="click"
              placement="bottomLeft"
              content={
                <FilterBuilder fields={view.filterFields} draft={view.state.draft} onChange={view.setDraft} />
              }
            >
              <Badge count={conditionCount} size="small" color="#1677ff">
                <Button icon={<FilterOutlined />} data-testid="filter-add">
                  {t('filter.button')}
                </Button>
              </Badge>
            </Popover>
            {view.state.rawFilter && <Tag color="blue">{t('filter.custom')}</Tag>}
          </Space>
          <Space wrap>
            <ColumnChooser fields={entity.fields} visible={columns} onChange={view.setColumns} />
            <Segmented<'live' | 'trash'>
              value={view.state.trash ? 'trash' : 'live'}
              onChange={(value) => view.setTrash(value === 'trash')}
              data-testid="trash-toggle"
              options={[
                { value: 'live', label: t('records.live') },
                { value: 'trash', label: t('records.trash'), icon: <DeleteOutlined /> },
              ]}
            />
          </Space>
        </div>
        {records.isError ? (
          <ErrorResult error={records.error} onRetry={() => void records.refetch()} />
        ) : (
          <RecordsTable
            entity={entity.slug}
            fields={entity.fields}
            columns={columns}
            records={records.data?.items ?? []}
            loading={records.isFetching}
            sort={view.state.sort}
            trash={view.state.trash}
            context={context}
            onSort={view.setSort}
            onEdit={(record) => setEditing({ record })}
            onDelete={(record) => void onDelete(record)}
            onRestore={(record) => void onRestore(record)}
          />
        )}
        <PagerBar
          page={pageNumber(view.paging)}
          total={records.data?.total}
          pageSize={view.state.pageSize}
          hasPrevious={hasPrevious(view.paging)}
          hasNext={!!records.data?.nextCursor}
          onPrevious={view.previous}
          onNext={() => view.next(records.data?.nextCursor)}
          onPageSize={view.setPageSize}
        />
      </Card>
      {editing && (
        <RecordDrawer
          key={editing.record?.id ?? 'new'}
          entity={entity}
          record={editing.record}
          open
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}
