import './entities.css';

export { EntityListPage } from './EntityListPage';
export { EntityDesignerPage } from './EntityDesignerPage';
export { CreateEntityModal } from './CreateEntityModal';
export { FieldTypeIcon } from './FieldTypeIcon';
export { useEntities } from './useEntities';
export { useEntity } from './useEntity';
export type {
  EntityDefinition,
  FieldDefinition,
  FieldType,
  SelectOption,
} from '../../shared/schema';
export { suggestSlug } from './slug';
export { FieldRowPreview } from './FieldRowPreview';
