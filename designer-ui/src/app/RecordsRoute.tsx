import { useIsAdmin } from '../features/auth';
import { BoardLink } from '../features/board';
import { RecordsPage } from '../features/records';
import { TransferActions } from '../features/transfers';

export function RecordsRoute() {
  return (
    <RecordsPage
      canDesign={useIsAdmin()}
      actions={(entity, view) => (
        <>
          <BoardLink entity={entity} />
          <TransferActions entity={entity} view={view} />
        </>
      )}
    />
  );
}
