import { RouterProvider } from 'react-router';
import { configureHttp } from '../shared/api';
import { i18n } from '../shared/i18n';
import { AppProviders } from './AppProviders';
import { queryClient } from './queryClient';
import { router } from './router';

configureHttp({
  language: () => i18n.language,
  onUnauthorized: () => {
    const { pathname, search } = window.location;
    if (pathname.startsWith('/login')) return;
    queryClient.clear();
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  },
});

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
