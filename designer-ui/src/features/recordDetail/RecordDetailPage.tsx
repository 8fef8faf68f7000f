import { useParams } from 'react-router';
import { ProblemError } from '../../shared/api';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { useEntity } from '../entities';
import { RecordDetailView } from './RecordDetailView';
import { useRecord } from './useRecord';

/** `/entities/:slug/records/:id`: one record on its own page. */
export function RecordDetailPage() {
  const { slug = '', id: idParam = '' } = useParams();
  const id = Number(idParam);
  const entity = useEntity(slug);
  const record = useRecord(slug, id);
  if (!Number.isSafeInteger(id) || id <= 0) return <ErrorResult error={new ProblemError(404, {})} />;
  if (entity.isPending || record.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  if (!record.data) return <ErrorResult error={record.error} onRetry={() => void record.refetch()} />;
  return (
    <RecordDetailView
      key={`${slug}/${id}`}
      entity={entity.data}
      record={record.data}
      refreshing={record.isFetching}
      onReload={() => void record.refetch()}
    />
  );
}
