import { useParams } from 'react-router';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { useEntity } from '../entities';
import { FormDesigner } from './FormDesigner';
import { useFormDefinition } from './useFormDefinition';

/** `/entities/:slug/forms/:form`: loads the entity and the form's draft, then the designer. */
export function FormDesignerPage() {
  const { slug = '', form = '' } = useParams();
  const entity = useEntity(slug);
  const definition = useFormDefinition(slug, form);
  if (entity.isPending || definition.isPending) return <FullPageSpinner />;
  if (!entity.data) return <ErrorResult error={entity.error} onRetry={() => void entity.refetch()} />;
  if (!definition.data) return <ErrorResult error={definition.error} onRetry={() => void definition.refetch()} />;
  // Keyed by the form: another form starts with its own draft.
  return <FormDesigner key={`${slug}/${form}`} entity={entity.data} definition={definition.data} />;
}
