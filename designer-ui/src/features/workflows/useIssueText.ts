import { useTranslation } from 'react-i18next';
import type { WorkflowIssue } from './types';

/** Turns a validator issue into a sentence, with the input's translated label in place of its name. */
export function useIssueText(): (issue: WorkflowIssue) => string {
  const { t } = useTranslation();
  return (issue) => {
    const params = { ...issue.params };
    if (typeof params.input === 'string') params.input = t(`workflows.inputs.${params.input}`, { defaultValue: params.input });
    if (typeof params.port === 'string') params.port = t(`workflows.ports.${params.port}`, { defaultValue: params.port });
    return t(issue.messageKey, params);
  };
}
