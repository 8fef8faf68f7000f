import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from './JsonBlock';
import type { InstanceDetails } from './types';

type Props = { instance: Pick<InstanceDetails, 'variables' | 'input' | 'output'> };

const scalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The workflow's variables by name, then its input and output when it has any. */
export function VariablesCard({ instance }: Props) {
  const { t } = useTranslation();
  const variables = Object.entries(instance.variables ?? {});
  const extra = [
    ['input', instance.input],
    ['output', instance.output],
  ].filter(([, value]) => value && Object.keys(value as object).length > 0) as [string, Record<string, unknown>][];
  return (
    <Card size="small" title={t('workflowRuns.variables.title')} data-testid="instance-variables">
      {variables.length === 0 ? (
        <span className="wf-muted">{t('workflowRuns.variables.none')}</span>
      ) : (
        <Descriptions size="small" column={1} bordered>
          {variables.map(([name, value]) => (
            <Descriptions.Item key={name} label={<span className="wf-mono">{name}</span>}>
              {scalar(value) ? <span className="wf-mono">{JSON.stringify(value)}</span> : <JsonBlock value={value} />}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {extra.map(([key, value]) => (
        <div key={key} className="variables-extra">
          <div className="wf-muted wf-small">{t(`workflowRuns.variables.${key}`)}</div>
          <JsonBlock value={value} />
        </div>
      ))}
    </Card>
  );
}
