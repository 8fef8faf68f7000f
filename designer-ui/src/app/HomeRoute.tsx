import { EntityListPage } from '../features/entities';
import { useIsAdmin } from '../features/auth';

export function HomeRoute() {
  return <EntityListPage canDesign={useIsAdmin()} />;
}
