import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { ScriptEditor } from '../../shared/scripting';
import { RelatedCriterionEditor } from './RelatedCriterionEditor';
import { relatedSources } from './relatedSources';
import type { GateSide } from './stageForm';

type Props = {
  /** `[stage, side]` inside the `stages` list. */
  name: [number, GateSide];
  side: GateSide;
  entity: EntityDefinition;
  entities: EntityDefinition[];
};

/** Entry or exit requirements of a stage, point and click: fields to fill, a custom check, linked records. */
export function GateEditor({ name, side, entity, entities }: Props) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const [index] = name;
  const condition = (Form.useWatch(['stages', ...name, 'condition'], form) as string | undefined) ?? '';
  const sources = relatedSources(entities, entity.slug);
  const id = (part: string) => `gate-${side}-${part}-${index}`;
  const fieldOptions = entity.fields
    .filter((field) => field.type !== 'autonumber')
    .map((field) => ({ value: field.slug, label: localize(field.label, i18n.language) || field.slug }));

  return (
    <div className="gate-editor" data-testid={id('editor')}>
      <Typography.Paragraph type="secondary" className="gate-editor__intro">
        {t(side === 'entryCriteria' ? 'stages.entryIntro' : 'stages.exitIntro')}
      </Typography.Paragraph>

      <Typography.Title level={5} className="gate-editor__title">
        {t('stages.requiredFields')}
      </Typography.Title>
      <Form.Item name={[...name, 'requiredFields']} extra={t('stages.requiredFieldsHint')}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={t('stages.requiredFieldsPlaceholder')}
          options={fieldOptions}
          data-testid={id('required')}
        />
      </Form.Item>

      <Typography.Title level={5} className="gate-editor__title">
        {t('stages.related')}
      </Typography.Title>
      {sources.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stages.noRelatedSources')} />
      ) : (
        <Form.List name={[...name, 'related']}>
          {(items, { add, remove }) => (
            <div className="gate-editor__related">
              {items.map((item, position) => (
                <RelatedCriterionEditor
                  key={item.key}
                  name={item.name}
                  path={['stages', ...name, 'related', item.name]}
                  sources={sources}
                  testId={`${id('related')}-${position}`}
                  onRemove={() => remove(item.name)}
                />
              ))}
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                data-testid={id('related-add')}
                onClick={() => {
                  const only = sources.length === 1 ? sources[0] : undefined;
                  add({
                    entity: only?.entity.slug,
                    field: only?.fields.length === 1 ? only.fields[0].slug : undefined,
                    min: 1,
                    where: [],
                    message: {},
                  });
                }}
              >
                {t('stages.addRelated')}
              </Button>
            </div>
          )}
        </Form.List>
      )}

      <Typography.Title level={5} className="gate-editor__title">
        {t('stages.condition')}
      </Typography.Title>
      <Form.Item name={[...name, 'condition']} extra={t('stages.conditionHint')}>
        <ScriptEditor entity={entity.slug} minHeight={64} maxHeight={220} data-testid={id('condition')} />
      </Form.Item>
      {condition.trim() && (
        <div className="stage-basics__pair">
          <Form.Item name={[...name, 'conditionMessage', 'zh-CN']} label={t('stages.conditionMessageZh')}>
            <Input placeholder={t('stages.conditionMessagePlaceholder')} data-testid={id('message-zh')} />
          </Form.Item>
          <Form.Item name={[...name, 'conditionMessage', 'en']} label={t('stages.conditionMessageEn')}>
            <Input data-testid={id('message-en')} />
          </Form.Item>
        </div>
      )}
    </div>
  );
}
