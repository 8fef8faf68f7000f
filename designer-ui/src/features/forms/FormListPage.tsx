import { DeleteOutlined, EditOutlined, ExportOutlined, FormOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemText } from '../../shared/api';
import { localize } from '../../shared/i18n';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEntity } from '../entities';
import { formatDateTime } from '../records';
import { CreateFormModal } from './CreateFormModal';
import { publicFormUrl } from './publicLink';
import type { FormDefinition } from './types';
import { useFormMutations } from './useFormMutations';
import { useForms } from './useForms';

/** `/entities/:slug/forms`: the entity's forms with their state, and the way into the designer. */
export function FormListPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const entity = useEntity(slug);
  const forms = useForms(slug);
  const { remove } = useFormMutations(slug);
  const [creating, setCreating] = useState(false);

  if (entity.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  const entityLabel = localize(entity.data.label, i18n.language) || slug;

  const onDelete = async (form: FormDefinition) => {
    try {
      await remove.mutateAsync(form.slug);
      void message.success(t('formDesigner.list.deleted'));
    } catch (error) {
      void message.error(problemText(error, t('errors.unexpected')));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('formDesigner.list.title', { entity: entityLabel })}
        subtitle={t('formDesigner.list.subtitle')}
        extra={
          <Space>
            <Link to={`/entities/${slug}/design`}>
              <Button icon={<EditOutlined />}>{t('formDesigner.designFields')}</Button>
            </Link>
            <Link to={`/entities/${slug}/records`}>
              <Button icon={<TableOutlined />}>{t('formDesigner.openRecords')}</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="form-new">
              {t('formDesigner.list.create')}
            </Button>
          </Space>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {forms.isError ? (
          <ErrorResult error={forms.error} onRetry={() => void forms.refetch()} />
        ) : (
          <Table<FormDefinition>
            rowKey="slug"
            loading={forms.isPending}
            dataSource={forms.data ?? []}
            pagination={false}
            data-testid="forms-table"
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('formDesigner.list.empty')}>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                    {t('formDesigner.list.create')}
                  </Button>
                </Empty>
              ),
            }}
            columns={[
              {
                title: t('formDesigner.list.form'),
                key: 'label',
                render: (_, form) => (
                  <Link to={`/entities/${slug}/forms/${form.slug}`} className="form-list__name" data-testid={`form-open-${form.slug}`}>
                    <FormOutlined />
                    <span>
                      <span className="form-list__label">{localize(form.label, i18n.language) || form.slug}</span>
                      <span className="form-list__slug mono">{form.slug}</span>
                    </span>
                  </Link>
                ),
              },
              {
                title: t('formDesigner.public'),
                dataIndex: 'public',
                width: 110,
                render: (value?: boolean) =>
                  value ? <Tag color="green">{t('formDesigner.publicTag')}</Tag> : <Tag>{t('formDesigner.internalTag')}</Tag>,
              },
              {
                title: t('formDesigner.list.default'),
                dataIndex: 'isDefault',
                width: 130,
                render: (value?: boolean) => (value ? <Tag color="gold">{t('formDesigner.defaultTag')}</Tag> : null),
              },
              {
                title: t('formDesigner.list.version'),
                dataIndex: 'version',
                width: 130,
                render: (version?: number | null) =>
                  version ? <Tag color="blue">{t('formDesigner.versionTag', { version })}</Tag> : (
                    <Typography.Text type="secondary">{t('formDesigner.unpublished')}</Typography.Text>
                  ),
              },
              {
                title: t('formDesigner.list.updated'),
                key: 'updated',
                width: 170,
                render: (_, form) => {
                  const time = form.updatedAt ?? form.publishedAt ?? form.createdAt;
                  return time ? formatDateTime(time) : null;
                },
              },
              {
                key: 'actions',
                width: 150,
                align: 'right',
                render: (_, form) => (
                  <Space size={0}>
                    <Tooltip title={t('common.edit')}>
                      <Link to={`/entities/${slug}/forms/${form.slug}`}>
                        <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} />
                      </Link>
                    </Tooltip>
                    {form.public && form.version ? (
                      <Tooltip title={t('formDesigner.openPublic')}>
                        <Button
                          type="text"
                          icon={<ExportOutlined />}
                          href={publicFormUrl(globalThis.location.origin, form.slug)}
                          target="_blank"
                          aria-label={t('formDesigner.openPublic')}
                          data-testid={`form-public-${form.slug}`}
                        />
                      </Tooltip>
                    ) : null}
                    <Popconfirm
                      title={t('formDesigner.list.deleteConfirm')}
                      description={t('formDesigner.list.deleteHint')}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true, 'data-testid': 'form-delete-confirm' }}
                      onConfirm={() => onDelete(form)}
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        data-testid={`form-delete-${form.slug}`}
                      />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <CreateFormModal
        entity={slug}
        takenSlugs={(forms.data ?? []).map((form) => form.slug)}
        open={creating}
        onClose={() => setCreating(false)}
      />
    </div>
  );
}
