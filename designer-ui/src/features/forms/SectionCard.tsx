import { useDroppable } from '@dnd-kit/core';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Popconfirm, Segmented, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { sectionZoneId, type DropData, type FormDropTarget } from './dndIds';
import { FieldCard } from './FieldCard';
import type { Selection } from './selection';
import type { Messages } from './targets';
import { fieldTarget, messagesUnder, sectionTarget } from './targets';
import type { FieldOverride, FormSection, RuleEffect } from './types';

type Props = {
  section: FormSection;
  index: number;
  count: number;
  fields: Map<string, FieldDefinition>;
  overrides: Record<string, FieldOverride>;
  effects: Map<string, RuleEffect[]>;
  selected?: Selection;
  target?: FormDropTarget;
  dragging: boolean;
  messages: Messages;
  onSelect: (selection: Selection) => void;
  onColumns: (id: string, columns: number) => void;
  onMove: (id: string, to: number) => void;
  onDelete: (id: string) => void;
  onRemoveField: (field: string) => void;
};

/** One section on the canvas: its title bar (columns, order, delete) and its fields laid out in its columns. */
export function SectionCard(props: Props) {
  const { section, index, count, fields, overrides, effects, selected, target, dragging, messages, onSelect } = props;
  const { t, i18n } = useTranslation();
  const data: DropData = { kind: 'section', section: section.id };
  const { setNodeRef } = useDroppable({ id: sectionZoneId(section.id), data });
  const targetHere = target !== undefined && target !== 'palette' && target.section === section.id;
  const isSelected = selected?.kind === 'section' && selected.id === section.id;
  const errors = messages[sectionTarget(section.id)] ?? [];
  const title = localize(section.title, i18n.language);
  const classes = ['form-section'];
  if (isSelected) classes.push('form-section--selected');
  if (targetHere) classes.push('form-section--over');
  if (errors.length > 0) classes.push('form-section--error');
  return (
    <section className={classes.join(' ')} data-testid={`canvas-section-${section.id}`}>
      <header className="form-section__head" onClick={() => onSelect({ kind: 'section', id: section.id })}>
        <button type="button" className="form-section__title" data-testid={`canvas-section-select-${section.id}`}>
          {title || <span className="form-section__untitled">{t('formDesigner.canvas.untitled', { n: index + 1 })}</span>}
          {errors.length > 0 && (
            <Tooltip title={errors.join(' ')}>
              <ExclamationCircleFilled className="form-field-card__error-icon" />
            </Tooltip>
          )}
        </button>
        <span className="form-section__tools" onClick={(event) => event.stopPropagation()}>
          <Tooltip title={t('formDesigner.canvas.columns')}>
            <Segmented<number>
              size="small"
              value={section.columns}
              onChange={(columns) => props.onColumns(section.id, columns)}
              data-testid={`canvas-section-columns-${section.id}`}
              options={[1, 2, 3].map((value) => ({ value, label: t('formDesigner.canvas.columnsN', { count: value }) }))}
            />
          </Tooltip>
          <Tooltip title={t('formDesigner.canvas.moveUp')}>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              aria-label={t('formDesigner.canvas.moveUp')}
              data-testid={`canvas-section-up-${section.id}`}
              onClick={() => props.onMove(section.id, index - 1)}
            />
          </Tooltip>
          <Tooltip title={t('formDesigner.canvas.moveDown')}>
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={index === count - 1}
              aria-label={t('formDesigner.canvas.moveDown')}
              data-testid={`canvas-section-down-${section.id}`}
              onClick={() => props.onMove(section.id, index + 1)}
            />
          </Tooltip>
          <Popconfirm
            title={t('formDesigner.canvas.deleteSection')}
            description={section.fields.length > 0 ? t('formDesigner.canvas.deleteSectionHint') : undefined}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'canvas-section-delete-confirm' }}
            onConfirm={() => props.onDelete(section.id)}
          >
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              data-testid={`canvas-section-delete-${section.id}`}
            />
          </Popconfirm>
        </span>
      </header>
      <div
        ref={setNodeRef}
        className="form-section__body"
        style={{ gridTemplateColumns: `repeat(${section.columns}, minmax(0, 1fr))` }}
        data-testid={`canvas-section-body-${section.id}`}
      >
        {section.fields.map((slug) => {
          const field = fields.get(slug);
          if (!field) return null;
          return (
            <FieldCard
              key={slug}
              field={field}
              section={section.id}
              override={overrides[slug]}
              effects={effects.get(slug) ?? []}
              selected={selected?.kind === 'field' && selected.slug === slug}
              dropBefore={targetHere && target.before === slug}
              errors={messagesUnder(messages, fieldTarget(slug))}
              onSelect={(field) => onSelect({ kind: 'field', slug: field })}
              onRemove={props.onRemoveField}
            />
          );
        })}
        <div
          className={`form-section__tail${targetHere && !target.before ? ' form-section__tail--active' : ''}${
            section.fields.length === 0 ? ' form-section__tail--empty' : ''
          }`}
        >
          {dragging || section.fields.length === 0 ? t('formDesigner.canvas.dropHere') : null}
        </div>
      </div>
    </section>
  );
}
