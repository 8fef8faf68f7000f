import { DatePicker, Input, InputNumber, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ScriptEditor } from '../../shared/scripting';
import type { EntityDefinition } from '../entities';
import type { CatalogInput } from './activityCatalog';
import { isTimeSpan, jsonError } from './expressionKinds';
import { SlugSelect } from './SlugSelect';

type Props = {
  input: CatalogInput;
  value: unknown;
  onChange: (value: unknown) => void;
  entities: EntityDefinition[];
  /** The entity whose fields a `field` input offers and scripts complete. */
  entity?: string;
  testId: string;
};

const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** The editor of a literal value, by the input's type. */
export function LiteralEditor({ input, value, onChange, entities, entity, testId }: Props) {
  const { t } = useTranslation();
  const text = asText(value);
  switch (input.type) {
    case 'number':
      return (
        <InputNumber
          style={{ width: '100%' }}
          value={typeof value === 'number' ? value : text === '' ? null : Number(text)}
          onChange={(n) => onChange(n ?? undefined)}
          data-testid={testId}
        />
      );
    case 'boolean':
      return <Switch checked={value === true || value === 'true'} onChange={onChange} data-testid={testId} />;
    case 'select':
      return <Select style={{ width: '100%' }} allowClear value={text || undefined} onChange={onChange} options={input.options?.map((o) => ({ value: o, label: t(`workflows.options.${o}`, { defaultValue: o }) }))} data-testid={testId} />;
    case 'entity':
      return <SlugSelect items={entities} value={text} onChange={onChange} testId={testId} />;
    case 'field': {
      const fields = entities.find((e) => e.slug === entity)?.fields;
      if (!fields) return <Input value={text} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
      return <SlugSelect items={fields} value={text} onChange={onChange} testId={testId} />;
    }
    case 'instant':
      return (
        <DatePicker
          showTime
          style={{ width: '100%' }}
          value={text && dayjs(text).isValid() ? dayjs(text) : null}
          onChange={(d) => onChange(d ? d.format() : undefined)}
          data-testid={testId}
        />
      );
    case 'script':
      return <ScriptEditor entity={entity ?? ''} value={text} onChange={onChange} minHeight={120} maxHeight={320} data-testid={testId} />;
    case 'text':
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={text} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
    case 'json': {
      const error = typeof value === 'string' && /^\s*[[{]/.test(value) ? jsonError(value) : null;
      return (
        <>
          <Input.TextArea className="wf-code" autoSize={{ minRows: 1, maxRows: 8 }} value={text} onChange={(e) => onChange(e.target.value)} status={error ? 'error' : undefined} data-testid={testId} />
          {error && <Typography.Text type="danger" className="wf-hint">{t('workflows.props.badJson', { message: error })}</Typography.Text>}
        </>
      );
    }
    case 'timespan': {
      const bad = text !== '' && !isTimeSpan(text);
      return (
        <>
          <Input value={text} placeholder="00:30:00 · 2.00:00:00" onChange={(e) => onChange(e.target.value)} status={bad ? 'error' : undefined} data-testid={testId} />
          <Typography.Text type={bad ? 'danger' : 'secondary'} className="wf-hint">{t('workflows.props.timespanHint')}</Typography.Text>
        </>
      );
    }
    case 'cron':
      return (
        <>
          <Input className="wf-code" value={text} placeholder="0 9 * * 1" onChange={(e) => onChange(e.target.value)} data-testid={testId} />
          <Typography.Text type="secondary" className="wf-hint">{t('workflows.props.cronHint')}</Typography.Text>
        </>
      );
    default:
      return <Input value={text} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
  }
}
