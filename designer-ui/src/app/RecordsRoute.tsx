import { useIsAdmin } from '../features/auth';
import { RecordsPage } from '../features/records';

export function RecordsRoute() {
  return <RecordsPage canDesign={useIsAdmin()} />;
}
