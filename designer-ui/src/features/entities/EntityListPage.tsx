import { AppstoreAddOutlined, EditOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CreateEntityModal } from './CreateEntityModal';
import { FieldTypeIcon } from './FieldTypeIcon';
import { useEntities } from './useEntities';

/** The start page: every entity as a card with its fields, links to its records and its designer. */
export function EntityListPage({ canDesign }: { canDesign: boolean }) {
  const { t, i18n } = useTranslation();
  const entities = useEntities();
  const [creating, setCreating] = useState(false);

  if (entities.isPending) return <FullPageSpinner />;
  if (entities.isError) return <ErrorResult error={entities.error} onRetry={() => void entities.refetch()} />;

  const createButton = (testId: string) =>
    canDesign && (
      <Button type="primary" icon={<AppstoreAddOutlined />} onClick={() => setCreating(true)} data-testid={testId}>
        {t('entities.create')}
      </Button>
    );

  return (
    <div className="page">
      <PageHeader title={t('entities.title')} subtitle={t('entities.subtitle')} extra={createButton('entity-create')} />
      {entities.data.length === 0 ? (
        <Card>
          <Empty description={t('entities.empty')}>{createButton('entity-create-empty')}</Empty>
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {entities.data.map((entity) => (
            <Col key={entity.slug} xs={24} md={12} xl={8} xxl={6}>
              <Card
                className="entity-card"
                data-testid={`entity-card-${entity.slug}`}
                title={
                  <Space>
                    {localize(entity.label, i18n.language)}
                    <Tag className="mono">{entity.slug}</Tag>
                  </Space>
                }
                actions={[
                  <Link key="records" to={`/entities/${entity.slug}/records`}>
                    <TableOutlined /> {t('entities.records')}
                  </Link>,
                  ...(canDesign
                    ? [
                        <Link key="design" to={`/entities/${entity.slug}/design`}>
                          <EditOutlined /> {t('entities.design')}
                        </Link>,
                      ]
                    : []),
                ]}
              >
                <Typography.Text type="secondary">
                  {t('designer.fieldCount', { count: entity.fields.length })}
                </Typography.Text>
                <div className="entity-card__fields">
                  {entity.fields.slice(0, 8).map((field) => (
                    <Tag key={field.slug} bordered={false} icon={<FieldTypeIcon type={field.type} />}>
                      {localize(field.label, i18n.language)}
                    </Tag>
                  ))}
                  {entity.fields.length > 8 && <Tag bordered={false}>+{entity.fields.length - 8}</Tag>}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <CreateEntityModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
