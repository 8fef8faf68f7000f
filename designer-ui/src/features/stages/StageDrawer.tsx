import { Button, Drawer, Form, Space, type FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { StageEditor } from './StageEditor';
import type { StageForm } from './stageForm';

type Props = {
  items: FormListFieldData[];
  /** The index of the stage shown, or null when the drawer is closed. */
  editing: number | null;
  entity: EntityDefinition;
  entities: EntityDefinition[];
  saved: string[];
  errorPaths: string[];
  onClose: () => void;
};

/**
 * The editor of one stage, wide enough for its gates. Every stage's editor stays mounted (only the chosen
 * one shows), so a refused save can put its message at any stage's input.
 */
export function StageDrawer({ items, editing, entity, entities, saved, errorPaths, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const stages = Form.useWatch('stages', form) as StageForm[] | undefined;
  const stage = editing === null ? undefined : stages?.[editing];
  const name = localize(stage?.label, i18n.language) || stage?.value || '';
  return (
    <Drawer
      open={editing !== null}
      onClose={onClose}
      width={640}
      forceRender
      title={t('stages.editStage', { stage: name })}
      data-testid="stage-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose} data-testid="stage-drawer-done">
            {t('stages.done')}
          </Button>
          <Button type="primary" onClick={() => form.submit()} data-testid="stage-drawer-save">
            {t('stages.saveField')}
          </Button>
        </Space>
      }
    >
      {items.map((item, index) => (
        <div key={item.key} hidden={index !== editing} data-testid={index === editing ? 'stage-editor' : undefined}>
          <StageEditor
            name={item.name}
            index={index}
            entity={entity}
            entities={entities}
            saved={saved}
            errorPaths={errorPaths}
          />
        </div>
      ))}
    </Drawer>
  );
}
