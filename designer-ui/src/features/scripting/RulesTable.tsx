import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { Rule } from './types';

type Props = {
  rules: Rule[];
  fields: FieldDefinition[];
  loading: boolean;
  /** The rule whose switch is being saved. */
  toggling?: string;
  onEdit: (rule: Rule) => void;
  onToggle: (rule: Rule, enabled: boolean) => void;
  onDelete: (rule: Rule) => void;
};

const kindColors: Record<Rule['kind'], string> = { score: 'purple', validation: 'blue', beforeSave: 'cyan', afterSave: 'geekblue' };

/** The entity's rules in run order: name, label, kind, the fields it binds, on/off, edit and delete. */
export function RulesTable({ rules, fields, loading, toggling, onEdit, onToggle, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const fieldName = (slug: string | null | undefined) => {
    if (!slug) return undefined;
    const field = fields.find((candidate) => candidate.slug === slug);
    return (field && localize(field.label, i18n.language)) || slug;
  };
  return (
    <Table<Rule>
      rowKey="slug"
      dataSource={rules}
      loading={loading}
      pagination={false}
      data-testid="rules-table"
      locale={{ emptyText: t('scripting.rules.empty') }}
      onRow={(rule) => ({ 'data-testid': `rule-row-${rule.slug}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'slug',
          title: t('scripting.rules.slug'),
          render: (_, rule) => (
            <Typography.Link className="mono" onClick={() => onEdit(rule)}>
              {rule.slug}
            </Typography.Link>
          ),
        },
        { key: 'label', title: t('scripting.rules.label'), render: (_, rule) => localize(rule.label ?? {}, i18n.language) },
        {
          key: 'kind',
          title: t('scripting.rules.kind'),
          render: (_, rule) => (
            <Tag color={kindColors[rule.kind]} bordered={false}>
              {t(`scripting.kinds.${rule.kind}.name`)}
            </Tag>
          ),
        },
        {
          key: 'binding',
          title: t('scripting.rules.binding'),
          render: (_, rule) => (
            <Space size={4} wrap>
              {[fieldName(rule.field), fieldName(rule.gradeField)].filter(Boolean).map((name) => (
                <Tag key={name}>{name}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'enabled',
          title: t('scripting.rules.enabled'),
          width: 80,
          render: (_, rule) => (
            <Switch
              size="small"
              checked={rule.enabled}
              loading={toggling === rule.slug}
              onChange={(checked) => onToggle(rule, checked)}
              data-testid={`rule-enabled-${rule.slug}`}
            />
          ),
        },
        {
          key: 'actions',
          title: t('scripting.rules.actions'),
          width: 110,
          render: (_, rule) => (
            <Space size={0}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t('scripting.rules.edit')}
                onClick={() => onEdit(rule)}
                data-testid={`rule-edit-${rule.slug}`}
              />
              <Popconfirm
                title={t('scripting.rules.deleteConfirm', { rule: rule.slug })}
                description={t('scripting.rules.deleteHint')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => onDelete(rule)}
              >
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid={`rule-delete-${rule.slug}`} />
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
