import { CheckCircleFilled, MinusOutlined } from '@ant-design/icons';
import { Rate, Tag, Typography } from 'antd';
import { localize } from '../../shared/i18n';
import { valueType, type FieldDefinition } from '../../shared/schema';
import { formatValue, type FormatContext } from './formatValue';

type Props = { field: FieldDefinition; value: unknown; context: FormatContext };

function OptionTag({ field, value, language }: { field: FieldDefinition; value: unknown; language: string }) {
  const option = field.options?.find((candidate) => candidate.value === value);
  return (
    <Tag color={option?.color} bordered={false} className="value-tag">
      {option ? localize(option.label, language) || option.value : String(value)}
    </Tag>
  );
}

/** A field value in a table cell, drawn by its type: coloured tags, stars, ticks, links. */
export function ValueCell({ field, value, context }: Props) {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="value-empty">—</span>;
  }
  switch (valueType(field)) {
    case 'select':
      return <OptionTag field={field} value={value} language={context.language} />;
    case 'multiselect':
      return (
        <span className="value-tags">
          {(Array.isArray(value) ? value : [value]).map((item) => (
            <OptionTag key={String(item)} field={field} value={item} language={context.language} />
          ))}
        </span>
      );
    case 'boolean':
      return value ? (
        <CheckCircleFilled className="value-true" aria-label={context.yes} />
      ) : (
        <MinusOutlined className="value-false" aria-label={context.no} />
      );
    case 'rating':
      return <Rate disabled count={field.max ?? 5} value={Number(value)} className="value-rating" />;
    case 'email':
      return <a href={`mailto:${String(value)}`}>{String(value)}</a>;
    case 'phone':
      return <a href={`tel:${String(value)}`}>{String(value)}</a>;
    case 'url':
      return (
        <a href={String(value)} target="_blank" rel="noreferrer noopener">
          {String(value)}
        </a>
      );
    case 'longtext':
      return (
        <Typography.Text ellipsis={{ tooltip: String(value) }} style={{ maxWidth: 280 }}>
          {String(value)}
        </Typography.Text>
      );
    case 'autonumber':
      return <span className="mono">{String(value)}</span>;
    default:
      return <>{formatValue(field, value, context)}</>;
  }
}
