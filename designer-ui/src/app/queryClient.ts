import { QueryClient } from '@tanstack/react-query';
import { isProblem } from '../shared/api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; only network trouble and 5xx are retried.
      retry: (failureCount, error) => failureCount < 2 && !(isProblem(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
