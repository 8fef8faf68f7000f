import { Alert, Button, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { DuplicateSettings } from './DuplicateSettings';
import { importTargets } from './fieldChoices';
import { duplicateTargets, mappedFields } from './importRequest';
import type { DuplicateMode, ImportColumn, ImportSettings } from './types';
import { useTargetLabel } from './useTargetLabel';

type Props = {
  fields: FieldDefinition[];
  columns: ImportColumn[];
  settings: ImportSettings;
  running: boolean;
  onMap: (column: string, field: string | null) => void;
  onMatchOn: (fields: string[]) => void;
  onDuplicate: (mode: DuplicateMode) => void;
  onBack: () => void;
  onRun: () => void;
};

/** Step 2: which field each column fills (as the server proposed, editable) and what a duplicate does. */
export function MappingStep(props: Props) {
  const { fields, columns, settings, running } = props;
  const { t } = useTranslation();
  const label = useTargetLabel(fields);
  const clashes = duplicateTargets(settings.mapping);
  const mapped = mappedFields(settings.mapping);
  const choices = [
    { value: '', label: t('transfers.mapping.skip'), className: 'import-skip-option' },
    ...importTargets(fields).map((slug) => ({ value: slug, label: label(slug) })),
  ];

  const tableColumns: TableColumnsType<ImportColumn> = [
    {
      key: 'name',
      title: t('transfers.mapping.column'),
      width: '28%',
      render: (_, column) => <Typography.Text strong>{column.name}</Typography.Text>,
    },
    {
      key: 'samples',
      title: t('transfers.mapping.samples'),
      render: (_, column) => (
        <span className="import-samples">
          {column.samples
            .filter((text): text is string => !!text)
            .slice(0, 3)
            .map((text, index) => (
              <span key={index} className="import-sample">
                {text}
              </span>
            ))}
        </span>
      ),
    },
    {
      key: 'field',
      title: t('transfers.mapping.field'),
      width: 240,
      render: (_, column) => {
        const target = settings.mapping[column.name] ?? '';
        return (
          <Select
            className="import-field-select"
            value={target}
            options={choices}
            status={target && clashes.includes(target) ? 'error' : undefined}
            onChange={(value: string) => props.onMap(column.name, value || null)}
            showSearch
            optionFilterProp="label"
            data-testid={`import-map-${column.name}`}
          />
        );
      },
    },
  ];

  return (
    <div className="import-step" data-testid="import-mapping">
      <Typography.Paragraph type="secondary">
        {t('transfers.mapping.summary', { count: mapped.length, total: columns.length })}
      </Typography.Paragraph>
      <Table
        rowKey="name"
        size="middle"
        pagination={false}
        columns={tableColumns}
        dataSource={columns}
        className="import-mapping-table"
        data-testid="import-mapping-table"
      />
      {clashes.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="import-notice"
          message={t('transfers.mapping.clash', {
            fields: clashes.map(label).join(t('transfers.listSeparator')),
          })}
        />
      )}
      <DuplicateSettings
        fields={fields}
        settings={settings}
        onMatchOn={props.onMatchOn}
        onDuplicate={props.onDuplicate}
      />
      <div className="import-actions">
        <Button onClick={props.onBack}>{t('transfers.back')}</Button>
        <Button
          type="primary"
          loading={running}
          disabled={clashes.length > 0 || mapped.length === 0}
          onClick={props.onRun}
          data-testid="import-dry-run"
        >
          {t('transfers.mapping.run')}
        </Button>
      </div>
    </div>
  );
}
