import { AppstoreOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { maxCardFields } from './cardLayout';

type Props = { choices: FieldDefinition[]; chosen: string[]; onChange: (fields: string[]) => void };

/** Ticks the fields the cards show (the first ticked is the card's title), up to a few so cards stay small. */
export function CardFieldsChooser({ choices, chosen, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const full = chosen.length >= maxCardFields;
  const content = (
    <div className="board-card-fields" data-testid="board-card-fields">
      <Typography.Text type="secondary" className="board-card-fields__hint">
        {t('board.cardFields.hint', { count: maxCardFields })}
      </Typography.Text>
      {choices.map((field) => {
        const checked = chosen.includes(field.slug);
        const position = chosen.indexOf(field.slug);
        return (
          <Checkbox
            key={field.slug}
            checked={checked}
            disabled={!checked && full}
            onChange={(event) => onChange(event.target.checked ? [...chosen, field.slug] : chosen.filter((slug) => slug !== field.slug))}
            data-testid={`board-card-field-${field.slug}`}
          >
            {localize(field.label, i18n.language) || field.slug}
            {position === 0 && <span className="board-card-fields__title">{t('board.cardFields.title')}</span>}
          </Checkbox>
        );
      })}
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<AppstoreOutlined />} data-testid="board-card-fields-button">
        {t('board.cardFields.button')}
      </Button>
    </Popover>
  );
}
