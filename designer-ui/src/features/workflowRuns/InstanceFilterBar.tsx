import { InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { useEntities } from '../entities';
import { statusChoices } from './instanceFilters';
import type { InstanceListFilter } from './types';
import { useWorkflows } from './useWorkflows';

type Props = { filter: InstanceListFilter; onChange: (filter: InstanceListFilter) => void };

/** Status, definition, entity and record id; any change starts again from the newest page. */
export function InstanceFilterBar({ filter, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const workflows = useWorkflows();
  const entities = useEntities();
  const set = (patch: Partial<InstanceListFilter>) => onChange({ ...filter, ...patch, before: undefined });
  return (
    <Space wrap className="instance-filters">
      <Select
        allowClear
        placeholder={t('workflowRuns.filters.status')}
        value={filter.status}
        onChange={(status?: string) => set({ status })}
        options={statusChoices.map((status) => ({ value: status, label: t(`workflowRuns.status.${status}`) }))}
        style={{ width: 150 }}
        data-testid="instances-status"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('workflowRuns.filters.definition')}
        value={filter.definitionId}
        onChange={(definitionId?: string) => set({ definitionId })}
        loading={workflows.isLoading}
        options={(workflows.data ?? []).map((workflow) => ({
          value: workflow.definitionId,
          label: workflow.name || workflow.definitionId,
        }))}
        style={{ width: 220 }}
        data-testid="instances-definition"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('workflowRuns.filters.entity')}
        value={filter.entity}
        onChange={(entity?: string) => set({ entity, recordId: entity ? filter.recordId : undefined })}
        options={(entities.data ?? []).map((entity) => ({
          value: entity.slug,
          label: localize(entity.label, i18n.language) || entity.slug,
        }))}
        style={{ width: 180 }}
        data-testid="instances-entity"
      />
      <InputNumber<number>
        min={1}
        precision={0}
        placeholder={t('workflowRuns.filters.recordId')}
        value={filter.recordId ?? null}
        disabled={!filter.entity}
        onChange={(recordId) => set({ recordId: recordId ?? undefined })}
        style={{ width: 130 }}
        data-testid="instances-record"
      />
    </Space>
  );
}
