import { useDraggable } from '@dnd-kit/core';
import { Avatar } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { formatValue, ValueCell, type FormatContext } from '../records';
import { initials } from './initials';
import type { BoardCard } from './types';

type Props = {
  card: BoardCard;
  /** The fields shown, the first as the title. */
  fields: FieldDefinition[];
  amount?: FieldDefinition;
  context: FormatContext;
  style?: CSSProperties;
  /** The copy under the pointer while dragging: not a drag source itself. */
  overlay?: boolean;
  dragging?: boolean;
  onOpen?: (card: BoardCard) => void;
};

/** One record on the board: a fixed-height card with its title, chosen fields, amount and owner. */
export function KanbanCard({ card, fields, amount, context, style, overlay, dragging, onOpen }: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef } = useDraggable({ id: `card:${card.id}`, data: { card }, disabled: overlay });
  const [title, ...rest] = fields;
  const titleText = title ? formatValue(title, card[title.slug], context) : '';
  const owner = typeof card.ownerId === 'number' ? context.userNames?.get(card.ownerId) : undefined;
  const amountText = amount ? formatValue(amount, card[amount.slug], context) : '';
  const className = ['kanban-card', overlay && 'kanban-card--overlay', dragging && 'kanban-card--placeholder'].filter(Boolean).join(' ');
  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      className={className}
      style={style}
      data-testid={`board-card-${card.id}`}
      data-card={card.id}
      onClick={() => onOpen?.(card)}
      {...(overlay ? {} : attributes)}
      {...(overlay ? {} : listeners)}
    >
      <div className="kanban-card__title" title={titleText}>
        {titleText || <span className="kanban-card__untitled">{t('board.untitled', { id: card.id })}</span>}
      </div>
      {rest.map((field) => (
        <div key={field.slug} className="kanban-card__field">
          <span className="kanban-card__label">{localize(field.label, context.language) || field.slug}</span>
          <span className="kanban-card__value">
            <ValueCell field={field} value={card[field.slug]} context={context} />
          </span>
        </div>
      ))}
      <div className="kanban-card__footer">
        <span className={amountText ? 'kanban-card__amount' : 'kanban-card__amount kanban-card__amount--empty'}>
          {amount ? amountText || '—' : ''}
        </span>
        {owner && (
          <span title={t('board.ownedBy', { name: owner })} className="kanban-card__owner-wrap">
            <Avatar size={24} className="kanban-card__owner" style={{ fontSize: 12 }}>
              {initials(owner)}
            </Avatar>
          </span>
        )}
      </div>
    </div>
  );
}
