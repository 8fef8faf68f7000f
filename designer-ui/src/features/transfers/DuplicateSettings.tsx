import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { effectiveMatchOn, mappedFields } from './importRequest';
import type { DuplicateMode, ImportSettings } from './types';
import { useTargetLabel } from './useTargetLabel';

type Props = {
  fields: FieldDefinition[];
  settings: ImportSettings;
  onMatchOn: (fields: string[]) => void;
  onDuplicate: (mode: DuplicateMode) => void;
};

const modes: DuplicateMode[] = ['skip', 'update', 'create'];

/** Which fields make a row the same as an existing record, and what then happens to the row. */
export function DuplicateSettings({ fields, settings, onMatchOn, onDuplicate }: Props) {
  const { t } = useTranslation();
  const label = useTargetLabel(fields);
  const matchOn = effectiveMatchOn(settings);
  return (
    <Form layout="vertical" className="import-duplicates" data-testid="import-duplicates">
      <Form.Item label={t('transfers.duplicates.matchOn')} extra={t('transfers.duplicates.matchOnHint')}>
        <Select
          mode="multiple"
          allowClear
          value={matchOn}
          placeholder={t('transfers.duplicates.none')}
          options={mappedFields(settings.mapping).map((slug) => ({ value: slug, label: label(slug) }))}
          onChange={onMatchOn}
          data-testid="import-match-on"
        />
      </Form.Item>
      <Form.Item label={t('transfers.duplicates.onDuplicate')}>
        <Radio.Group
          value={settings.onDuplicate}
          disabled={matchOn.length === 0}
          onChange={(event) => onDuplicate(event.target.value as DuplicateMode)}
          data-testid="import-on-duplicate"
        >
          {modes.map((mode) => (
            <Radio key={mode} value={mode} data-testid={`import-on-duplicate-${mode}`}>
              {t(`transfers.duplicates.${mode}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    </Form>
  );
}
