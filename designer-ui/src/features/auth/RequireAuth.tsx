import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isProblem } from '../../shared/api';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { useMe } from './useMe';

/** Renders its children for a signed-in user, otherwise goes to the sign-in page and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    if (isProblem(me.error, 401)) {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/login?next=${next}`} replace />;
    }
    return <ErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <>{children}</>;
}
