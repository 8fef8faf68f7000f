import { App, Alert, Badge, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import type { EntityDefinition } from '../../shared/schema';
import { countByTab, issueMessages, mergeMessages, tabOf, withoutPrefix, type DesignerTab } from './designerMessages';
import { checkDraft } from './draftChecks';
import { FormDesignerHeader } from './FormDesignerHeader';
import { LayoutEditor } from './LayoutEditor';
import { PreviewPanel } from './PreviewPanel';
import { problemTargets } from './problemTargets';
import { RulesPanel } from './RulesPanel';
import { SettingsPanel } from './SettingsPanel';
import { otherTarget, type Messages } from './targets';
import type { FormDefinition, RuleEffect } from './types';
import { useFormDraft } from './useFormDraft';
import { useFormMutations } from './useFormMutations';
import { useUnsavedGuard } from './useUnsavedGuard';

type Props = { entity: EntityDefinition; definition: FormDefinition };

/** The designer of one form: layout, rules, settings and preview tabs over one draft, saved and published from the header. */
export function FormDesigner({ entity, definition }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = definition.slug;
  const state = useFormDraft(definition, entity.fields);
  const { draft, body, dirty } = state;
  const { save, publish } = useFormMutations(entity.slug);
  const [tab, setTab] = useState<DesignerTab>('layout');
  const [serverMessages, setServerMessages] = useState<Messages>({});
  const [checked, setChecked] = useState(false);
  const [previewData, setPreviewData] = useState<Record<string, unknown>>({});
  const [publishedVersion, setPublishedVersion] = useState<number | null | undefined>();
  useUnsavedGuard(dirty);

  const issues = checkDraft(draft, entity.fields);
  const messages = mergeMessages(checked ? issueMessages(issues, t) : {}, serverMessages);
  const counts = countByTab(messages);
  const version = publishedVersion ?? definition.version ?? null;

  const effects = useMemo(() => {
    const map = new Map<string, RuleEffect[]>();
    for (const rule of draft.rules) if (rule.field) map.set(rule.field, [...(map.get(rule.field) ?? []), rule.effect]);
    return map;
  }, [draft.rules]);

  const forget = (prefix: string) => setServerMessages((current) => withoutPrefix(current, prefix));

  const showFailure = (error: unknown) => {
    if (isProblem(error) && Object.keys(error.errors).length > 0) {
      const placed = problemTargets(error.errors, draft, entity.fields.map((field) => field.slug));
      setServerMessages(placed);
      const first = Object.keys(placed).map(tabOf).find((candidate) => candidate !== undefined);
      if (first) setTab(first);
    }
    void message.error(problemText(error, t('errors.unexpected')));
  };

  const saveDraft = async (): Promise<boolean> => {
    setChecked(true);
    if (issues.length > 0) {
      const first = tabOf(issues[0].target);
      if (first) setTab(first);
      void message.error(t('formDesigner.fixFirst', { count: issues.length }));
      return false;
    }
    try {
      await save.mutateAsync({ form, body });
      state.markSaved(body);
      setServerMessages({});
      return true;
    } catch (error) {
      showFailure(error);
      return false;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('formDesigner.saved'));
  };

  const onPublish = async () => {
    if (dirty && !(await saveDraft())) return;
    try {
      const result = await publish.mutateAsync(form);
      setPublishedVersion(result.version);
      setServerMessages({});
      void message.success(t('formDesigner.published', { version: result.version }));
    } catch (error) {
      showFailure(error);
    }
  };

  const label = (key: DesignerTab, text: string) => {
    const tabLabel = <span data-testid={`form-tab-${key}`}>{text}</span>;
    return counts[key] > 0 ? (
      <Badge count={counts[key]} size="small" offset={[8, -2]}>
        {tabLabel}
      </Badge>
    ) : (
      tabLabel
    );
  };
  const other = messages[otherTarget] ?? [];

  return (
    <div className="page page--designer form-designer-page">
      <FormDesignerHeader
        entity={entity}
        draft={draft}
        version={version}
        dirty={dirty}
        saving={save.isPending}
        publishing={publish.isPending}
        onSave={onSave}
        onPublish={onPublish}
      />
      {other.length > 0 && <Alert type="error" showIcon message={other.join(' ')} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DesignerTab)}
        className="form-designer-tabs"
        items={[
          {
            key: 'layout',
            label: label('layout', t('formDesigner.tabs.layout')),
            children: (
              <LayoutEditor
                entityFields={entity.fields}
                layout={draft.layout}
                overrides={draft.fields}
                effects={effects}
                messages={messages}
                onLayout={(change) => {
                  state.updateLayout(change);
                  forget('section:');
                }}
                onOverride={(field, override) => {
                  state.setOverride(field, override);
                  forget(`field:${field}`);
                }}
              />
            ),
          },
          {
            key: 'rules',
            label: label('rules', t('formDesigner.tabs.rules', { count: draft.rules.length })),
            children: (
              <RulesPanel
                rules={draft.rules}
                entityFields={entity.fields}
                onForm={draft.layout.sections.flatMap((section) => section.fields)}
                hidden={draft.hiddenFields.map((row) => row.field).filter((slug): slug is string => !!slug)}
                overrides={draft.fields}
                messages={messages}
                onChange={(rules) => {
                  state.setRules(rules);
                  forget('rule:');
                }}
              />
            ),
          },
          {
            key: 'settings',
            label: label('settings', t('formDesigner.tabs.settings')),
            children: (
              <SettingsPanel
                draft={draft}
                entityFields={entity.fields}
                published={!!version}
                messages={messages}
                onChange={(values) => {
                  state.setSettings(values);
                  forget('settings:');
                }}
              />
            ),
          },
          {
            key: 'preview',
            label: label('preview', t('formDesigner.tabs.preview')),
            children: <PreviewPanel entity={entity.slug} body={body} data={previewData} onData={setPreviewData} active={tab === 'preview'} />,
          },
        ]}
      />
    </div>
  );
}
