import { Alert, App, Button, Card, Drawer, Form, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import type { EntityDefinition } from '../../shared/schema';
import { ScriptEditor, ScriptTestPanel, messageMarker, type ScriptMarker } from '../../shared/scripting';
import { formProblem } from '../../shared/ui/formProblem';
import { KindPicker } from './KindPicker';
import { RuleBindings } from './RuleBindings';
import { toRuleBody, toRuleForm, type RuleFormValues } from './ruleForm';
import { ruleFormNames } from './ruleNames';
import { isStarterScript, starterScript } from './ruleTemplates';
import type { Rule, RuleKind } from './types';
import { useRuleMutations } from './useRuleMutations';

const slugPattern = /^[a-z][a-z0-9_]{0,62}$/;

type Props = { entity: EntityDefinition; rule?: Rule; onClose: () => void };

/** Create or edit one rule: its kind, the fields it binds, the script, and a test panel beside it. */
export function RuleDrawer({ entity, rule, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const { create, update } = useRuleMutations(entity.slug);
  const [problem, setProblem] = useState<string>();
  const [marker, setMarker] = useState<ScriptMarker | null>(null);
  const kind = Form.useWatch('kind', form) ?? rule?.kind ?? 'score';
  const script = Form.useWatch('script', form) ?? '';
  const initial: RuleFormValues = rule
    ? toRuleForm(rule)
    : { slug: '', kind: 'score', label: {}, script: starterScript('score', i18n.language), enabled: true };

  const onKind = (next: RuleKind) => {
    if (isStarterScript(form.getFieldValue('script') ?? '')) form.setFieldValue('script', starterScript(next, i18n.language));
  };

  const offerStarter = () =>
    modal.confirm({
      title: t('scripting.rules.starterReplaces'),
      okText: t('scripting.rules.useStarter'),
      cancelText: t('common.cancel'),
      onOk: () => form.setFieldValue('script', starterScript(kind, i18n.language)),
    });

  const save = async (values: RuleFormValues) => {
    setProblem(undefined);
    const body = toRuleBody(values);
    try {
      if (rule) await update.mutateAsync({ slug: rule.slug, body });
      else await create.mutateAsync(body);
      void message.success(rule ? t('scripting.rules.saved') : t('scripting.rules.created'));
      onClose();
    } catch (error) {
      showProblem(error);
    }
  };

  const showProblem = (error: unknown) => {
    // A taken slug may come back as a bare 409; it still belongs at the slug.
    if (isProblem(error, 409) && Object.keys(error.errors).length === 0) {
      form.setFields([{ name: 'slug', errors: [problemText(error, t('errors.unexpected'))] }]);
      return;
    }
    const scriptMessage = isProblem(error) ? error.errors.script?.[0] ?? error.errors.Script?.[0] : undefined;
    setMarker(scriptMessage ? (messageMarker(scriptMessage) ?? null) : null);
    setProblem(formProblem(form, error, ruleFormNames, t('errors.unexpected')));
  };

  const close = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({
      title: t('scripting.rules.unsaved'),
      okText: t('scripting.rules.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      width="min(1280px, 96vw)"
      title={rule ? t('scripting.rules.editTitle', { rule: rule.slug }) : t('scripting.rules.newTitle')}
      onClose={close}
      destroyOnHidden
      data-testid="rule-drawer"
      extra={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="rule-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <div className="rule-editor">
        <Form<RuleFormValues> form={form} layout="vertical" initialValues={initial} onFinish={save} className="rule-editor__form">
          {problem && <Alert type="error" showIcon message={problem} className="rule-editor__problem" data-testid="rule-error" />}
          <div className="rule-editor__row">
            <Form.Item
              name="slug"
              label={t('scripting.rules.slug')}
              tooltip={t('scripting.rules.slugHint')}
              rules={[
                { required: true, message: t('scripting.rules.slugRequired') },
                { pattern: slugPattern, message: t('scripting.rules.slugPattern') },
              ]}
            >
              <Input className="mono" placeholder="bant" data-testid="rule-slug" />
            </Form.Item>
            <Form.Item name={['label', 'zh-CN']} label={t('scripting.rules.labelZh')}>
              <Input data-testid="rule-label-zh" />
            </Form.Item>
            <Form.Item name={['label', 'en']} label={t('scripting.rules.labelEn')}>
              <Input data-testid="rule-label-en" />
            </Form.Item>
            <Form.Item name="enabled" label={t('scripting.rules.enabled')} valuePropName="checked">
              <Switch data-testid="rule-enabled" />
            </Form.Item>
          </div>
          <Form.Item name="kind" label={t('scripting.rules.kind')}>
            <KindPicker onChange={onKind} />
          </Form.Item>
          <RuleBindings kind={kind} fields={entity.fields} />
          <Form.Item
            name="script"
            label={
              <Space>
                {t('scripting.rules.script')}
                <Button size="small" type="link" onClick={offerStarter} data-testid="rule-use-starter">
                  {t('scripting.rules.useStarter')}
                </Button>
              </Space>
            }
            rules={[{ required: true, whitespace: true, message: t('scripting.rules.scriptRequired') }]}
          >
            <ScriptEditor entity={entity.slug} error={marker} minHeight={280} maxHeight={560} data-testid="rule-script" />
          </Form.Item>
        </Form>
        <Card size="small" title={t('scripting.test.title')} className="rule-editor__test">
          <ScriptTestPanel entity={entity} script={script} kind={kind} kindLocked onMarker={setMarker} />
        </Card>
      </div>
    </Drawer>
  );
}
