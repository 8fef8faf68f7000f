import { DndContext, DragOverlay } from '@dnd-kit/core';
import { CodeOutlined, FormOutlined, SettingOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { problemText } from '../../shared/api';
import { localize } from '../../shared/i18n';
import type { FieldType } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { PageHeader } from '../../shared/ui/PageHeader';
import { EntitySettingsModal } from './EntitySettingsModal';
import { FieldCanvas } from './FieldCanvas';
import { insertSlug, moveSlug, newFieldBody } from './fieldForm';
import { FieldPalette } from './FieldPalette';
import { FieldPanel } from './FieldPanel';
import { FieldRowPreview } from './FieldRowPreview';
import { PaletteItemPreview } from './PaletteItemPreview';
import { rollupSources } from './rollups';
import { useDesignerDrag } from './useDesignerDrag';
import { useEntities } from './useEntities';
import { useEntity } from './useEntity';
import { useFieldMutations } from './useFieldMutations';
import { useTypeNames } from './useTypeNames';
import { useUpdateEntity } from './useUpdateEntity';

export function EntityDesignerPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const entityQuery = useEntity(slug);
  const entities = useEntities();
  const { create } = useFieldMutations(slug);
  const updateEntity = useUpdateEntity(slug);
  const { allNames, optionNames } = useTypeNames();
  const [selected, setSelected] = useState<string>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const entity = entityQuery.data;
  const fields = entity?.fields ?? [];
  const order = fields.map((field) => field.slug);

  const addField = useCallback(
    async (type: FieldType, before?: string) => {
      if (!entity) return;
      const body = newFieldBody(type, {
        entity: entity.slug,
        takenSlugs: entity.fields.map((field) => field.slug),
        typeName: allNames(type),
        entities: (entities.data ?? []).map((item) => item.slug),
        optionName: optionNames(),
        rollupSource: rollupSources(entities.data ?? [], entity.slug).map((source) => ({ entity: source.entity.slug, via: source.via.slug }))[0],
      });
      try {
        const created = await create.mutateAsync(body);
        const nextOrder = insertSlug([...entity.fields.map((field) => field.slug), created.slug], created.slug, before);
        if (before) await updateEntity.mutateAsync({ fieldOrder: nextOrder });
        setSelected(created.slug);
      } catch (error) {
        void message.error(problemText(error, t('errors.unexpected')));
      }
    },
    [entity, entities.data, allNames, optionNames, create, updateEntity, message, t],
  );

  const moveField = useCallback(
    (active: string, over: string) => {
      const nextOrder = moveSlug(order, active, over);
      if (nextOrder === order) return;
      updateEntity.mutate(
        { fieldOrder: nextOrder },
        { onError: (error) => void message.error(problemText(error, t('errors.unexpected'))) },
      );
    },
    [order, updateEntity, message, t],
  );

  const drag = useDesignerDrag({ onDropType: (type, before) => void addField(type, before), onMove: moveField });
  const onPaletteClick = (type: FieldType) => {
    if (!drag.recentlyDragged()) void addField(type);
  };

  if (entityQuery.isPending) return <FullPageSpinner />;
  if (!entity) return <ErrorResult error={entityQuery.error} onRetry={() => void entityQuery.refetch()} />;

  const selectedField = fields.find((field) => field.slug === selected);
  const dragged = drag.active;
  const activeField = dragged?.kind === 'field' ? fields.find((field) => field.slug === dragged.slug) : undefined;

  return (
    <div className="page page--designer">
      <PageHeader
        title={
          <Space size={8}>
            {localize(entity.label, i18n.language)}
            <Tag className="mono">{entity.slug}</Tag>
          </Space>
        }
        subtitle={t('designer.subtitle')}
        extra={
          <Space>
            <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="entity-settings">
              {t('designer.entitySettings')}
            </Button>
            <Link to={`/entities/${entity.slug}/forms`}>
              <Button icon={<FormOutlined />} data-testid="open-forms">
                {t('formDesigner.entry')}
              </Button>
            </Link>
            <Link to={`/entities/${entity.slug}/rules`}>
              <Button icon={<CodeOutlined />} data-testid="entity-rules-link">
                {t('scripting.rules.entry')}
              </Button>
            </Link>
            <Link to={`/entities/${entity.slug}/records`}>
              <Button type="primary" icon={<TableOutlined />} data-testid="open-records">
                {t('designer.openRecords')}
              </Button>
            </Link>
          </Space>
        }
      />
      <DndContext
        sensors={drag.sensors}
        collisionDetection={drag.collisionDetection}
        {...drag.handlers}
      >
        <div className="designer">
          <FieldPalette onAdd={onPaletteClick} disabled={create.isPending} />
          <FieldCanvas
            fields={fields}
            selected={selected}
            displayField={entity.displayField}
            dropTarget={drag.dropTarget}
            onSelect={setSelected}
          />
          <aside className="designer-panel" aria-label={t('designer.editField')}>
            {selectedField ? (
              <FieldPanel
                key={`${selectedField.slug}:${JSON.stringify(selectedField)}`}
                entity={entity}
                field={selectedField}
                onRenamed={setSelected}
                onDeleted={() => setSelected(undefined)}
              />
            ) : (
              <Empty
                className="designer-panel__empty"
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <Typography.Text type="secondary">{t('designer.selectFieldHint')}</Typography.Text>
                }
              />
            )}
          </aside>
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.active?.kind === 'palette' && <PaletteItemPreview type={drag.active.type} />}
          {activeField && <FieldRowPreview field={activeField} />}
        </DragOverlay>
      </DndContext>
      <EntitySettingsModal
        open={settingsOpen}
        entity={entity}
        onClose={() => setSettingsOpen(false)}
        onRenamed={(next) => void navigate(`/entities/${next}/design`, { replace: true })}
        onDeleted={() => void navigate('/', { replace: true })}
      />
    </div>
  );
}
