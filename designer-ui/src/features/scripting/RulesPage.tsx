import { EditOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemText } from '../../shared/api';
import { localize } from '../../shared/i18n';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEntity } from '../entities';
import { RuleDrawer } from './RuleDrawer';
import { toggledRule } from './ruleForm';
import { RulesTable } from './RulesTable';
import type { Rule } from './types';
import { useRuleMutations } from './useRuleMutations';
import { useRules } from './useRules';

type Editing = { rule?: Rule } | undefined;

/** The entity's rules: validation, before/after-save hooks and scoring scripts. */
export function RulesPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const entityQuery = useEntity(slug);
  const rules = useRules(slug);
  const { update, remove } = useRuleMutations(slug);
  const [editing, setEditing] = useState<Editing>();
  const entity = entityQuery.data;

  if (entityQuery.isPending) return <FullPageSpinner />;
  if (!entity) return <ErrorResult error={entityQuery.error} onRetry={() => void entityQuery.refetch()} />;

  const fail = (error: unknown) => void message.error(problemText(error, t('errors.unexpected')));
  const toggle = (rule: Rule, enabled: boolean) =>
    update.mutate(
      { slug: rule.slug, body: toggledRule(rule, enabled) },
      {
        onSuccess: () => void message.success(enabled ? t('scripting.rules.enabledOn') : t('scripting.rules.enabledOff')),
        onError: fail,
      },
    );
  const onDelete = (rule: Rule) =>
    remove.mutate(rule.slug, { onSuccess: () => void message.success(t('scripting.rules.deleted')), onError: fail });

  return (
    <div className="page" data-testid="rules-page">
      <PageHeader
        title={t('scripting.rules.title', { entity: localize(entity.label, i18n.language) || entity.slug })}
        subtitle={t('scripting.rules.subtitle')}
        extra={
          <Space>
            <Link to={`/entities/${entity.slug}/design`}>
              <Button icon={<EditOutlined />} data-testid="open-designer">
                {t('records.designFields')}
              </Button>
            </Link>
            <Link to={`/entities/${entity.slug}/records`}>
              <Button icon={<TableOutlined />} data-testid="open-records">
                {t('designer.openRecords')}
              </Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="rule-new">
              {t('scripting.rules.new')}
            </Button>
          </Space>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {rules.isError ? (
          <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
        ) : (
          <RulesTable
            rules={rules.data ?? []}
            fields={entity.fields}
            loading={rules.isFetching}
            toggling={update.isPending ? update.variables?.slug : undefined}
            onEdit={(rule) => setEditing({ rule })}
            onToggle={toggle}
            onDelete={onDelete}
          />
        )}
      </Card>
      {editing && (
        <RuleDrawer key={editing.rule?.slug ?? 'new'} entity={entity} rule={editing.rule} onClose={() => setEditing(undefined)} />
      )}
    </div>
  );
}
