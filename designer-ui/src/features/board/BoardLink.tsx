import { ProjectOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntity } from '../entities';

/** A button to the entity's kanban board, shown only when the entity has a pipeline (a stage field). */
export function BoardLink({ entity }: { entity: string }) {
  const { t } = useTranslation();
  const definition = useEntity(entity).data;
  if (!definition?.fields.some((field) => field.type === 'stage')) return null;
  return (
    <Link to={`/entities/${entity}/board`}>
      <Button icon={<ProjectOutlined />} data-testid="open-board">
        {t('board.open')}
      </Button>
    </Link>
  );
}
