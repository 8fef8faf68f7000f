import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScriptFailure } from './scriptFailure';
import { ScriptErrorText } from './ScriptErrorText';

/** A save refused by a script: which rule or formula, what kind of script, and what happened where. */
export function ScriptFailureAlert({ failure }: { failure: ScriptFailure }) {
  const { t } = useTranslation();
  const scriptKind = failure.scriptKind
    ? t(`scripting.kinds.${failure.scriptKind}.name`, { defaultValue: failure.scriptKind })
    : undefined;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="script-failure"
      message={
        scriptKind
          ? t('scripting.failure.titleWithKind', { script: failure.script, kind: scriptKind })
          : t('scripting.failure.title', { script: failure.script })
      }
      description={
        <>
          <ScriptErrorText kind={failure.kind} message={failure.message} line={failure.line} column={failure.column} />
          <div>{t('scripting.failure.hint')}</div>
        </>
      }
    />
  );
}
