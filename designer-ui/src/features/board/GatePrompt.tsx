import { ArrowRightOutlined, ExclamationCircleOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isProblem, problemText } from '../../shared/api';
import { FormRenderer, type FormData, type FormRendererHandle } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import { isTextLike, type EntityDefinition } from '../../shared/schema';
import { useEntities } from '../entities';
import { recordPath, recordsApi, recordWidgets, useRecordForm } from '../records';
import { missingFields, otherCriteria, relatedEntities, relatedEntityOf, stageGateOf } from './gateProblem';
import { promptForm } from './promptForm';
import type { BoardCard, GatedStage, StageGate, UnmetCriterion } from './types';

export type GatePromptProps = {
  entity: EntityDefinition;
  /** The record whose move was refused, with its current version. */
  record: BoardCard;
  /** The refusal: the stage field, the stage wanted and every unmet criterion (see `stageGateOf`). */
  gate: StageGate;
  onClose: () => void;
  /** The fields and the move are saved: the record as stored now. */
  onMoved: (record: BoardCard) => void;
};

/**
 * Asks for what a stage's gate needs instead of refusing the move: exactly the missing required fields as
 * inputs, and the criteria a form cannot satisfy (a condition, related records, a move backwards) listed
 * with a link to where they can be fixed. Saving sends the fields and the stage in one PATCH; a new
 * refusal refreshes the prompt.
 */
export function GatePrompt({ entity, record, gate: refused, onClose, onMoved }: GatePromptProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = i18n.language;
  const recordForm = useRecordForm(entity.slug);
  const entities = useEntities();
  const formRef = useRef<FormRendererHandle>(null);
  const [gate, setGate] = useState(refused);
  const [current, setCurrent] = useState(record);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>();

  const stageField = entity.fields.find((field) => field.slug === gate.field);
  const stages = (stageField?.stages ?? []) as GatedStage[];
  const labelOf = (value: unknown) => localize(stages.find((stage) => stage.value === value)?.label, language) || String(value ?? '');
  const stageLabel = labelOf(gate.stage);
  const titleField = entity.fields.find((field) => field.slug === entity.displayField) ?? entity.fields.find((field) => isTextLike(field.type));
  const title = titleField && current[titleField.slug] ? String(current[titleField.slug]) : `#${current.id}`;
  const missing = useMemo(() => missingFields(gate), [gate]);
  const others = otherCriteria(gate);
  const form = useMemo(
    () => promptForm(recordForm.data, missing, entity.fields, language),
    [recordForm.data, missing, entity.fields, language],
  );
  const formData = useMemo(() => Object.fromEntries(missing.map((slug) => [slug, current[slug] ?? undefined])), [missing, current]);

  const relatedCandidates = relatedEntities(stages, current[gate.field], gate.stage).map((slug) => {
    const found = entities.data?.find((candidate) => candidate.slug === slug);
    return { slug, labels: found ? Object.values(found.label).filter((label): label is string => !!label) : [], label: localize(found?.label, language) || slug };
  });

  const save = async (data: FormData) => {
    setSaving(true);
    try {
      const saved = await recordsApi.update(entity.slug, current.id, current.version, { ...data, [gate.field]: gate.stage });
      onMoved(saved);
    } catch (error) {
      const next = stageGateOf(error);
      if (next) {
        setGate(next);
        setServerErrors(undefined);
      } else if (isProblem(error, 409)) {
        setCurrent(await recordsApi.get(entity.slug, current.id));
        void message.warning(t('board.prompt.changed'));
      } else if (isProblem(error) && Object.keys(error.errors).length > 0) {
        setServerErrors(error.errors);
      } else {
        void message.error(problemText(error, t('board.moveFailed')));
      }
    } finally {
      setSaving(false);
    }
  };

  const detailPath = recordPath(entity.slug, current.id);
  const linkOf = (item: UnmetCriterion) => {
    if (item.criterion === 'related') {
      const slug = relatedEntityOf(item.message, relatedCandidates);
      const target = relatedCandidates.find((candidate) => candidate.slug === slug);
      if (target) return { to: `/entities/${target.slug}/records`, text: t('board.prompt.openRelated', { entity: target.label }) };
    }
    return { to: detailPath, text: t('board.prompt.openRecord') };
  };

  return (
    <Modal
      open
      title={t('board.prompt.title', { stage: stageLabel })}
      onCancel={onClose}
      width={520}
      destroyOnHidden
      data-testid="gate-prompt"
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="gate-cancel">
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          disabled={missing.length === 0}
          onClick={() => formRef.current?.submit()}
          data-testid="gate-save"
        >
          {t('board.prompt.save')}
        </Button>,
      ]}
    >
      <div className="gate-prompt" data-testid="gate-prompt-body">
        <div className="gate-prompt__move">
          <span className="gate-prompt__record">{title}</span>
          {current[gate.field] ? <Tag bordered={false}>{labelOf(current[gate.field])}</Tag> : null}
          <ArrowRightOutlined className="gate-prompt__arrow" />
          <Tag color="blue" bordered={false}>
            {stageLabel}
          </Tag>
        </div>
        <Typography.Paragraph type="secondary" className="gate-prompt__intro">
          {missing.length > 0 ? t('board.prompt.intro', { stage: stageLabel }) : t('board.prompt.introBlocked', { stage: stageLabel })}
        </Typography.Paragraph>
        {missing.length > 0 &&
          (recordForm.isPending ? (
            <Skeleton active paragraph={{ rows: missing.length }} />
          ) : (
            <div data-testid="gate-fields" data-fields={missing.join(',')}>
              <FormRenderer
                schema={form.schema}
                uiSchema={form.uiSchema}
                formData={formData}
                serverErrors={serverErrors}
                onSubmit={(data) => void save(data)}
                formRef={formRef}
                widgets={recordWidgets}
                testIdPrefix="gate-field-"
                hideSubmit
              />
            </div>
          ))}
        {others.length > 0 && (
          <Alert
            type="warning"
            showIcon
            icon={<ExclamationCircleOutlined />}
            className="gate-prompt__others"
            message={missing.length > 0 ? t('board.prompt.others') : t('board.prompt.blockers')}
            description={
              <ul className="gate-prompt__criteria" data-testid="gate-criteria">
                {others.map((item, index) => {
                  const link = linkOf(item);
                  return (
                    <li key={index} data-criterion={item.criterion}>
                      <span>{item.message}</span>
                      <Link to={link.to} className="gate-prompt__link">
                        <LinkOutlined /> {link.text}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            }
          />
        )}
      </div>
    </Modal>
  );
}
