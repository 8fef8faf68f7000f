import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import { useTranslation } from 'react-i18next';
import { useEntities } from '../entities';

type Props = { entity: string | null; recordId: number | null; title?: string | null };

/** The record a run is about, as a link to its page: the entity's label and the record's number (or title). */
export function RecordLink({ entity, recordId, title }: Props) {
  const { i18n } = useTranslation();
  const entities = useEntities();
  if (!entity || recordId == null) return <>—</>;
  const definition = entities.data?.find((item) => item.slug === entity);
  const label = localize(definition?.label, i18n.language) || entity;
  return (
    <Link to={`/entities/${encodeURIComponent(entity)}/records/${recordId}`} data-testid={`instance-record-${recordId}`}>
      {label} #{recordId}
      {title ? ` · ${title}` : ''}
    </Link>
  );
}
