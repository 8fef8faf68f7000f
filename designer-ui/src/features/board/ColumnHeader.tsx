import { CloseCircleFilled, TrophyFilled } from '@ant-design/icons';
import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { FormatContext } from '../records';
import type { ColumnState } from './boardState';
import { totalText } from './totalText';

type Props = { column: ColumnState; color: string; amount?: FieldDefinition; context: FormatContext };

/**
 * A column's head: the stage with its colour and probability, how many cards, their sum and weighted sum, and
 * the month's progress towards the stage's target when it has one.
 */
export function ColumnHeader({ column, color, amount, context }: Props) {
  const { t } = useTranslation();
  const label = localize(column.label, context.language) || column.stage;
  const money = (value: number) => totalText(amount, value, context);
  return (
    <header className="board-column__header" style={{ borderTopColor: color }}>
      <div className="board-column__title-row">
        <span className="board-column__dot" style={{ background: color }} />
        {column.category === 'won' && <TrophyFilled className="board-column__won" />}
        {column.category === 'lost' && <CloseCircleFilled className="board-column__lost" />}
        <span className="board-column__title" title={label}>
          {label}
        </span>
        <span className="board-column__count" data-testid={`board-count-${column.stage}`} data-count={column.count}>
          {column.count.toLocaleString(context.language === 'en' ? 'en-US' : 'zh-CN')}
        </span>
        {column.probability !== undefined && column.probability !== null && (
          <Tooltip title={t('board.probabilityHint')}>
            <span className="board-column__probability">{column.probability}%</span>
          </Tooltip>
        )}
      </div>
      {amount && (
        <div className="board-column__totals">
          <span className="board-column__sum" data-testid={`board-sum-${column.stage}`} data-sum={column.sum}>
            {money(column.sum)}
          </span>
          <Tooltip title={t('board.weightedHint', { probability: column.probability ?? 0 })}>
            <span className="board-column__weighted" data-testid={`board-weighted-${column.stage}`}>
              {t('board.weighted', { amount: money(column.weighted) })}
            </span>
          </Tooltip>
        </div>
      )}
      {column.target ? (
        <Tooltip title={t('board.targetHint')}>
          <div className="board-column__target" data-testid={`board-target-${column.stage}`}>
            <span>{t('board.target', { entered: column.enteredThisMonth ?? 0, target: column.target })}</span>
            <Progress
              percent={Math.min(100, Math.round(((column.enteredThisMonth ?? 0) * 100) / column.target))}
              showInfo={false}
              size="small"
              strokeColor={color}
            />
          </div>
        </Tooltip>
      ) : null}
    </header>
  );
}
