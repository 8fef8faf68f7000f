import { EntityDesignerPage } from '../features/entities';
import { AdminOnly } from './AdminOnly';

export function DesignerRoute() {
  return (
    <AdminOnly>
      <EntityDesignerPage />
    </AdminOnly>
  );
}
