import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Spin, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { pathSteps, roundDays, type PathStep } from './stagePath';
import type { StageDwell, StageInfo } from './types';
import type { GateRefusal } from './useStageMove';

type Props = {
  field: FieldDefinition;
  value: unknown;
  dwells: StageDwell[];
  /** The stage being moved to, while the move is on its way. */
  moving?: string;
  refusal?: GateRefusal;
  onMove: (stage: string, label: string) => void;
  onDismiss: () => void;
};

const categoryColor = { open: undefined, won: '#52c41a', lost: '#ff4d4f' };

function stepColor(step: PathStep): string | undefined {
  return step.stage.color || categoryColor[step.stage.category ?? 'open'];
}

/**
 * A pipeline as a path of chevrons: the stages in order, those passed ticked, the current one in its
 * colour, each with the days spent in it. Clicking another stage moves the record there.
 */
export function StagePath({ field, value, dwells, moving, refusal, onMove, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  const stages = (field.stages ?? []) as StageInfo[];
  const steps = pathSteps(stages, value, dwells, field.slug);
  const label = (stage: StageInfo) => localize(stage.label, i18n.language) || stage.value;
  const current = steps.find((step) => step.state === 'current');
  const refusedLabel = refusal && label(stages.find((stage) => stage.value === refusal.stage) ?? { value: refusal.stage, label: {} });

  return (
    <div className="stage-path" data-testid={`stage-path-${field.slug}`}>
      <div className="stage-path__head">
        <Typography.Text type="secondary">{localize(field.label, i18n.language) || field.slug}</Typography.Text>
        {!current && <Tag bordered={false}>{t('recordDetail.path.noStage')}</Tag>}
        {current?.days !== undefined && (
          <Typography.Text type="secondary" className="stage-path__dwell" data-testid={`stage-dwell-${field.slug}`}>
            <ClockCircleOutlined />{' '}
            {current.stage.maxDwellDays !== undefined && current.stage.maxDwellDays !== null
              ? t('recordDetail.path.inStageOf', { days: roundDays(current.days), max: current.stage.maxDwellDays })
              : t('recordDetail.path.inStage', { days: roundDays(current.days) })}
            {current.overdue && (
              <Tag color="red" bordered={false} className="stage-path__overdue" data-testid="stage-overdue">
                {t('recordDetail.path.overdue')}
              </Tag>
            )}
          </Typography.Text>
        )}
      </div>
      <ol className="stage-path__steps">
        {steps.map((step) => {
          const name = label(step.stage);
          const color = stepColor(step);
          const tip =
            step.state === 'current'
              ? t('recordDetail.path.current')
              : t('recordDetail.path.moveTo', { stage: name });
          return (
            <li key={step.stage.value} className={`stage-step stage-step--${step.state}`}>
              <Tooltip title={tip}>
                <button
                  type="button"
                  className="stage-step__button"
                  style={step.state === 'current' && color ? { background: color } : undefined}
                  disabled={step.state === 'current' || moving !== undefined}
                  aria-current={step.state === 'current' ? 'step' : undefined}
                  onClick={() => onMove(step.stage.value, name)}
                  data-testid={`stage-step-${step.stage.value}`}
                  data-state={step.state}
                >
                  <span className="stage-step__label">
                    {step.state === 'done' && <CheckOutlined className="stage-step__tick" />}
                    {moving === step.stage.value && <Spin size="small" className="stage-step__spin" />}
                    {name}
                  </span>
                  {step.days !== undefined && (
                    <span className="stage-step__days">
                      {step.overdue && <ClockCircleOutlined className="stage-step__overdue" />}
                      {t('recordDetail.path.days', { days: roundDays(step.days) })}
                    </span>
                  )}
                </button>
              </Tooltip>
            </li>
          );
        })}
      </ol>
      {refusal && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={onDismiss}
          className="stage-path__refusal"
          data-testid="stage-gate-alert"
          message={t('recordDetail.path.refused', { stage: refusedLabel })}
          description={
            <ul className="stage-path__unmet">
              {refusal.unmet.map((item, index) => (
                <li key={`${item.criterion}-${item.field ?? index}`} data-criterion={item.criterion}>
                  {item.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
