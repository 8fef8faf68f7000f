import { useMutation } from '@tanstack/react-query';
import { publicFormsApi } from './publicFormsApi';
import type { PublicSubmission } from './types';

export function useSubmitPublicForm(slug: string) {
  return useMutation({ mutationFn: (body: PublicSubmission) => publicFormsApi.submit(slug, body) });
}
