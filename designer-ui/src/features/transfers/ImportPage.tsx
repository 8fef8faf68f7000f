import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localize } from '../../shared/i18n';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEntity } from '../entities';
import { ImportWizard } from './ImportWizard';

/** `/entities/:slug/import`: bring a CSV or Excel sheet into an entity's records. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const entity = useEntity(slug);
  if (entity.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  const label = localize(entity.data.label, i18n.language) || entity.data.slug;
  return (
    <div className="page">
      <PageHeader
        title={t('transfers.title', { entity: label })}
        subtitle={t('transfers.subtitle')}
        extra={
          <Link to={`/entities/${encodeURIComponent(entity.data.slug)}/records`}>
            <Button icon={<ArrowLeftOutlined />} data-testid="import-back-to-records">
              {t('transfers.backToRecords')}
            </Button>
          </Link>
        }
      />
      <ImportWizard key={entity.data.slug} entity={entity.data} />
    </div>
  );
}
