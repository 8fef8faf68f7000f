import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutputBlock } from './OutputBlock';
import { isScoreResult } from './scoreResult';
import { ScoreView } from './ScoreView';
import { ScriptErrorText } from './ScriptErrorText';
import type { ScriptKind, ScriptTestResult } from './types';

type Props = { kind: ScriptKind; outcome: ScriptTestResult; reasonLabel?: (rule: string) => string | undefined };

const pretty = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value, null, 2));

/** One test run: passed or the error, then the result (a score as a table), the record, events and log. */
export function ScriptTestResultView({ kind, outcome, reasonLabel }: Props) {
  const { t } = useTranslation();
  const duration = typeof outcome.durationMs === 'number' ? outcome.durationMs : undefined;
  const logs = outcome.logs ?? [];
  // A hook's answer is what it did to the record or sent; a bare null says nothing more.
  const hook = kind === 'beforeSave' || kind === 'afterSave';
  return (
    <div className="script-test__result" data-testid="script-test-result" data-ok={outcome.ok ? 'true' : 'false'}>
      {outcome.ok ? (
        <Alert type="success" showIcon message={t('scripting.test.passed')} data-testid="script-test-ok" />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="script-test-error"
          data-kind={outcome.error?.kind}
          message={t('scripting.test.failed')}
          description={
            outcome.error && (
              <ScriptErrorText
                kind={outcome.error.kind}
                message={outcome.error.message}
                line={outcome.error.line}
                column={outcome.error.column}
              />
            )
          }
        />
      )}
      <Descriptions size="small" column={1} className="script-test__facts">
        {duration !== undefined && (
          <Descriptions.Item label={t('scripting.test.duration')}>
            <span data-testid="script-test-duration">{t('scripting.test.ms', { ms: duration.toFixed(2) })}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {outcome.ok && !(hook && (outcome.result === null || outcome.result === undefined)) && (
        <section>
          <Typography.Text type="secondary">{t('scripting.test.result')}</Typography.Text>
          {kind === 'score' && isScoreResult(outcome.result) ? (
            <ScoreView result={outcome.result} reasonLabel={reasonLabel} data-testid="script-test-score" />
          ) : (
            <pre className="script-test__pre" data-testid="script-test-value">
              {pretty(outcome.result)}
            </pre>
          )}
        </section>
      )}
      {outcome.record && (
        <OutputBlock title={t('scripting.test.recordAfter')} text={pretty(outcome.record)} testId="script-test-record-after" />
      )}
      {outcome.emitted && outcome.emitted.length > 0 && (
        <OutputBlock title={t('scripting.test.emitted')} text={pretty(outcome.emitted)} testId="script-test-emitted" />
      )}
      <section>
        <Typography.Text type="secondary">{t('scripting.test.logs')}</Typography.Text>
        {logs.length > 0 ? (
          <pre className="script-test__pre" data-testid="script-test-logs">
            {logs.join('\n')}
          </pre>
        ) : (
          <div>
            <Typography.Text type="secondary" italic>
              {t('scripting.test.noLogs')}
            </Typography.Text>
          </div>
        )}
      </section>
    </div>
  );
}
