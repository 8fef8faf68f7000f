import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { useEntity } from '../entities';
import { RecordsWorkspace } from './RecordsWorkspace';
import type { CurrentView } from './types';

type Props = { canDesign: boolean; actions?: (entity: string, view: CurrentView) => ReactNode };

/** `/entities/:slug/records`: the table with views, search, filters, columns, trash and the record drawer. */
export function RecordsPage({ canDesign, actions }: Props) {
  const { slug = '' } = useParams();
  const entity = useEntity(slug);
  if (entity.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  // Keyed by the slug: another entity starts with fresh filters, columns and paging.
  const { slug: current } = entity.data;
  return (
    <RecordsWorkspace
      key={current}
      entity={entity.data}
      canDesign={canDesign}
      actions={actions && ((view) => actions(current, view))}
    />
  );
}
