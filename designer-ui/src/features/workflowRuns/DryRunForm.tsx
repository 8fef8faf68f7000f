import { Alert, Button, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import type { DryRunFieldErrors, HorizonUnit } from './dryRunSummary';
import { DryRunRecordSelect } from './DryRunRecordSelect';
import type { DryRunChoice } from './types';
import { useEntityViews } from './useEntityViews';

type Props = {
  entities: EntityDefinition[];
  value: DryRunChoice;
  onChange: (value: DryRunChoice) => void;
  onRun: () => void;
  running: boolean;
  /** The server's refusal, split over the form's fields. */
  errors: DryRunFieldErrors;
};

const fieldError = (messages: string[] | undefined) =>
  messages?.length ? { validateStatus: 'error' as const, help: messages.join(' ') } : {};

/** What to dry-run on: an entity, then some of its records or one of its saved views, and how far ahead. */
export function DryRunForm({ entities, value, onChange, onRun, running, errors }: Props) {
  const { t, i18n } = useTranslation();
  const views = useEntityViews(value.entity);
  const entity = entities.find((item) => item.slug === value.entity);
  const set = (patch: Partial<DryRunChoice>) => onChange({ ...value, ...patch });
  const ready = !!value.entity && (value.source === 'records' ? value.recordIds.length > 0 : !!value.viewId) && value.horizon > 0;

  return (
    <Form layout="vertical" className="dry-run-form" onFinish={onRun}>
      <Form.Item label={t('workflowRuns.dryRun.entity')} {...fieldError(errors.fields.entity)}>
        <Select
          showSearch
          optionFilterProp="label"
          value={value.entity}
          onChange={(slug: string) => set({ entity: slug, recordIds: [], viewId: undefined })}
          options={entities.map((item) => ({ value: item.slug, label: localize(item.label, i18n.language) || item.slug }))}
          placeholder={t('workflowRuns.dryRun.entityPlaceholder')}
          data-testid="dry-run-entity"
        />
      </Form.Item>
      <Form.Item>
        <Radio.Group
          value={value.source}
          onChange={(event) => set({ source: event.target.value as DryRunChoice['source'] })}
          optionType="button"
          options={[
            { value: 'records', label: <span data-testid="dry-run-source-records">{t('workflowRuns.dryRun.pickRecords')}</span> },
            { value: 'view', label: <span data-testid="dry-run-source-view">{t('workflowRuns.dryRun.pickView')}</span> },
          ]}
        />
      </Form.Item>
      {value.source === 'records' ? (
        <Form.Item
          label={t('workflowRuns.dryRun.records')}
          extra={t('workflowRuns.dryRun.recordsHint')}
          {...fieldError(errors.fields.recordIds)}
        >
          <DryRunRecordSelect
            entity={value.entity}
            displayField={entity?.displayField}
            value={value.recordIds}
            onChange={(recordIds) => set({ recordIds })}
          />
        </Form.Item>
      ) : (
        <Form.Item label={t('workflowRuns.dryRun.view')} extra={t('workflowRuns.dryRun.viewHint')} {...fieldError(errors.fields.viewId)}>
          <Select
            allowClear
            disabled={!value.entity}
            loading={views.isLoading}
            value={value.viewId}
            onChange={(viewId?: string) => set({ viewId })}
            options={(views.data ?? []).map((view) => ({ value: String(view.id), label: view.name }))}
            placeholder={t('workflowRuns.dryRun.viewPlaceholder')}
            notFoundContent={t('workflowRuns.dryRun.noViews')}
            data-testid="dry-run-view"
          />
        </Form.Item>
      )}
      <Form.Item label={t('workflowRuns.dryRun.horizon')} extra={t('workflowRuns.dryRun.horizonHint')} {...fieldError(errors.fields.horizon)}>
        <Space.Compact>
          <InputNumber<number>
            min={1}
            max={value.unit === 'days' ? 366 : 366 * 24}
            precision={0}
            value={value.horizon}
            onChange={(horizon) => set({ horizon: horizon ?? 0 })}
            style={{ width: 110 }}
            data-testid="dry-run-horizon"
          />
          <Select<HorizonUnit>
            value={value.unit}
            onChange={(unit) => set({ unit })}
            options={[
              { value: 'days', label: t('workflowRuns.dryRun.days') },
              { value: 'hours', label: t('workflowRuns.dryRun.hours') },
            ]}
            style={{ width: 100 }}
            data-testid="dry-run-horizon-unit"
          />
        </Space.Compact>
      </Form.Item>
      {errors.other.length > 0 && (
        <Alert type="error" showIcon message={errors.other.join(' ')} className="dry-run-form__error" data-testid="dry-run-error" />
      )}
      <Button type="primary" htmlType="submit" loading={running} disabled={!ready} data-testid="dry-run-run">
        {t('workflowRuns.dryRun.run')}
      </Button>
    </Form>
  );
}
