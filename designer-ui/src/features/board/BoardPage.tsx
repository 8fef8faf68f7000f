import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { useEntity } from '../entities';
import { BoardWorkspace } from './BoardWorkspace';

/** `/entities/:slug/board?field=…`: the kanban board of one of the entity's pipelines (its first by default). */
export function BoardPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const entity = useEntity(slug);
  if (entity.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  const pipelines = entity.data.fields.filter((field) => field.type === 'stage');
  const field = pipelines.find((candidate) => candidate.slug === params.get('field')) ?? pipelines[0];
  if (!field) {
    return (
      <Result
        status="info"
        title={t('board.noPipeline')}
        subTitle={t('board.noPipelineHint')}
        extra={
          <Link to={`/entities/${slug}/records`}>
            <Button type="primary">{t('board.tableView')}</Button>
          </Link>
        }
      />
    );
  }
  // Keyed by entity and pipeline: another board starts with its own filters, cards and scroll.
  return (
    <BoardWorkspace
      key={`${entity.data.slug}:${field.slug}`}
      entity={entity.data}
      field={field}
      pipelines={pipelines}
      onPipeline={(next) => setParams({ field: next })}
    />
  );
}
