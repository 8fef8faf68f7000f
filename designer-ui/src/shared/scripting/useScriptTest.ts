import { useMutation } from '@tanstack/react-query';
import { scriptingApi } from './scriptingApi';
import type { ScriptTestRequest } from './types';

/** Runs a script on the server against a record, without saving anything. */
export function useScriptTest() {
  return useMutation({ mutationFn: (body: ScriptTestRequest) => scriptingApi.test(body) });
}
