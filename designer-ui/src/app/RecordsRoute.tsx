import { useIsAdmin } from '../features/auth';
import { RecordsPage } from '../features/records';
import { TransferActions } from '../features/transfers';

export function RecordsRoute() {
  return (
    <RecordsPage
      canDesign={useIsAdmin()}
      actions={(entity, view) => <TransferActions entity={entity} view={view} />}
    />
  );
}
