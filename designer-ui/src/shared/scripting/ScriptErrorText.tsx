import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScriptErrorKind } from './types';

type Props = { kind?: ScriptErrorKind | string; message: string; line?: number | null; column?: number | null };

/** What went wrong in a script, in words: the kind of failure, the engine's message, the place. */
export function ScriptErrorText({ kind, message, line, column }: Props) {
  const { t } = useTranslation();
  const kindName = kind ? t(`scripting.errorKinds.${kind}`, { defaultValue: kind }) : undefined;
  // The server's message may already open with the same words ("语法错误：…"); say them once.
  const named = kindName && !message.startsWith(kindName) ? kindName : undefined;
  return (
    <span data-testid="script-error-text">
      {named && <Typography.Text strong>{named}: </Typography.Text>}
      <span data-testid="script-error-message">{message}</span>
      {line ? (
        <Typography.Text type="secondary" data-testid="script-error-place">
          {' '}
          ({t('scripting.errorPlace', { line, column: column ?? 1 })})
        </Typography.Text>
      ) : null}
    </span>
  );
}
