import { PlusOutlined } from '@ant-design/icons';
import { Card, Form, Input, Radio, Switch, Button, Typography, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { useMe } from '../auth';
import { UserSelect } from '../records';
import { EmbedPanel } from './EmbedPanel';
import { canBeOnForm } from './fieldCapabilities';
import { newKey, type FormDraft } from './formDraft';
import { HiddenFieldRow } from './HiddenFieldRow';
import { itemErrors } from './itemErrors';
import { LocalizedInputs } from './LocalizedInputs';
import { messagesUnder, settingsTarget, type Messages } from './targets';

export type SettingsValues = Pick<
  FormDraft,
  'label' | 'description' | 'isDefault' | 'public' | 'ownerId' | 'afterSubmit' | 'thankYou' | 'redirectUrl' | 'hiddenFields'
>;

type Props = {
  draft: FormDraft;
  entityFields: FieldDefinition[];
  published: boolean;
  messages: Messages;
  onChange: (values: SettingsValues) => void;
};

/** Label, description, default form, public capture (owner, thank-you or redirect, hidden fields) and the embed link. */
export function SettingsPanel({ draft, entityFields, published, messages, onChange }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettingsValues>();
  const me = useMe();
  const isPublic = Form.useWatch('public', form) ?? draft.public;
  const afterSubmit = Form.useWatch('afterSubmit', form) ?? draft.afterSubmit;
  const at = (path: (string | number)[]) => itemErrors(messagesUnder(messages, settingsTarget(path)));
  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      initialValues={draft}
      onValuesChange={(changed: Partial<SettingsValues>) => {
        // A public form needs someone to own what it collects; the person making it public is the likely one.
        if (changed.public && !form.getFieldValue('ownerId') && me.data) form.setFieldValue('ownerId', me.data.id);
        onChange(form.getFieldsValue(true) as SettingsValues);
      }}
      className="form-settings"
      data-testid="form-settings"
    >
      <div className="form-settings__grid">
        <div className="form-settings__column">
          <Card size="small" title={t('formDesigner.settings.general')}>
            <Form.Item label={t('formDesigner.slug')} {...at(['slug'])}>
              <Typography.Text className="mono" copyable>
                {draft.slug}
              </Typography.Text>
            </Form.Item>
            <LocalizedInputs name="label" label={t('formDesigner.settings.label')} errors={messagesUnder(messages, settingsTarget(['label']))} testId="settings-label" />
            <LocalizedInputs
              name="description"
              label={t('formDesigner.settings.description')}
              multiline
              errors={messagesUnder(messages, settingsTarget(['description']))}
              testId="settings-description"
            />
            <Form.Item
              name="isDefault"
              label={t('formDesigner.settings.isDefault')}
              valuePropName="checked"
              extra={t('formDesigner.settings.isDefaultHint')}
              {...at(['isDefault'])}
            >
              <Switch data-testid="settings-default" />
            </Form.Item>
          </Card>
        </div>
        <div className="form-settings__column">
          <Card size="small" title={t('formDesigner.settings.publicCapture')}>
            <Form.Item name="public" label={t('formDesigner.public')} valuePropName="checked" extra={t('formDesigner.publicHint')} {...at(['public'])}>
              <Switch data-testid="settings-public" />
            </Form.Item>
            {isPublic && (
              <>
                <Form.Item name="ownerId" label={t('formDesigner.settings.owner')} extra={t('formDesigner.settings.ownerHint')} {...at(['ownerId'])}>
                  <UserSelect data-testid="settings-owner" />
                </Form.Item>
                <Form.Item name="afterSubmit" label={t('formDesigner.settings.afterSubmit')}>
                  <Radio.Group
                    data-testid="settings-after-submit"
                    options={[
                      { value: 'message', label: t('formDesigner.settings.showMessage') },
                      { value: 'redirect', label: t('formDesigner.settings.redirect') },
                    ]}
                  />
                </Form.Item>
                {afterSubmit === 'redirect' ? (
                  <Form.Item name="redirectUrl" label={t('formDesigner.settings.redirectUrl')} {...at(['redirectUrl'])}>
                    <Input placeholder="https://example.com/thanks" data-testid="settings-redirect" />
                  </Form.Item>
                ) : (
                  <LocalizedInputs
                    name="thankYou"
                    label={t('formDesigner.settings.thankYou')}
                    multiline
                    errors={messagesUnder(messages, settingsTarget(['thankYou']))}
                    testId="settings-thanks"
                  />
                )}
              </>
            )}
          </Card>
          {isPublic && <EmbedPanel slug={draft.slug} published={published} />}
        </div>
      </div>
      {isPublic && (
        <Card
          size="small"
          className="form-settings__hidden"
          title={
            <span>
              {t('formDesigner.hidden.title')} <Tag bordered={false}>{t('formDesigner.hidden.tag')}</Tag>
            </span>
          }
        >
          <Typography.Paragraph type="secondary">{t('formDesigner.hidden.explain')}</Typography.Paragraph>
          <Form.List name="hiddenFields">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <HiddenFieldRow
                    key={row.key}
                    form={form}
                    name={row.name}
                    fields={entityFields.filter(canBeOnForm)}
                    messages={messages}
                    onRemove={() => remove(row.name)}
                  />
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ key: newKey('hidden'), param: '', map: [], default: '' })}
                  data-testid="hidden-add"
                >
                  {t('formDesigner.hidden.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
      )}
    </Form>
  );
}
