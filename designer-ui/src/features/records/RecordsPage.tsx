import { useParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { useEntity } from '../entities';
import { RecordsWorkspace } from './RecordsWorkspace';

/** `/entities/:slug/records`: the table with views, search, filters, columns, trash and the record drawer. */
export function RecordsPage({ canDesign }: { canDesign: boolean }) {
  const { slug = '' } = useParams();
  const entity = useEntity(slug);
  if (entity.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  // Keyed by the slug: another entity starts with fresh filters, columns and paging.
  return <RecordsWorkspace key={entity.data.slug} entity={entity.data} canDesign={canDesign} />;
}
