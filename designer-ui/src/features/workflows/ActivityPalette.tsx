import { Collapse, Empty, Input, Tooltip } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activityCatalog, GROUPS, typeKey, type ActivityDescriptor } from './activityCatalog';
import { paletteMatches } from './paletteSearch';

export const PALETTE_MIME = 'application/x-workflow-activity';

type Props = { onAdd: (type: string) => void };

/** Activities by group, searchable in both languages; drag one onto the canvas or click it to add it. */
export function ActivityPalette({ onAdd }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  // Names in both languages are searched, so 任务 and "task" both find Create task whichever language is shown.
  const inEnglish = i18n.getFixedT('en');
  const inChinese = i18n.getFixedT('zh-CN');
  const texts = (d: ActivityDescriptor) => {
    const key = `workflows.types.${typeKey(d.type)}`;
    return [inEnglish(`${key}.name`), inChinese(`${key}.name`), t(`${key}.description`), d.type];
  };
  const shown = activityCatalog.filter((d) => paletteMatches(query, texts(d)));
  const groups = GROUPS.map((group) => ({ group, items: shown.filter((d) => d.group === group) })).filter((g) => g.items.length > 0);
  const [open, setOpen] = useState<string[]>(['triggers', 'flow', 'records', 'people']);
  const activeKeys = query.trim() ? groups.map((g) => g.group) : open;

  const onDragStart = (event: DragEvent, type: string) => {
    event.dataTransfer.setData(PALETTE_MIME, type);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <div className="wf-palette" data-testid="wf-palette">
      <Input.Search allowClear placeholder={t('workflows.palette.search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="palette-search" />
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.palette.none')} />
      ) : (
        <Collapse
          ghost
          size="small"
          activeKey={activeKeys}
          onChange={(keys) => setOpen(keys as string[])}
          items={groups.map(({ group, items }) => ({
            key: group,
            label: t(`workflows.groups.${group}`),
            children: items.map((d) => (
              <Tooltip key={d.type} title={t(`workflows.types.${typeKey(d.type)}.description`)} placement="right" mouseEnterDelay={0.6}>
                <div
                  className={`wf-palette__item wf-group--${d.group}`}
                  draggable
                  onDragStart={(e) => onDragStart(e, d.type)}
                  onClick={() => onAdd(d.type)}
                  role="button"
                  tabIndex={0}
                  onKeyDown={(e) => e.key === 'Enter' && onAdd(d.type)}
                  data-testid={`palette-${d.type}`}
                >
                  {t(`workflows.types.${typeKey(d.type)}.name`)}
                </div>
              </Tooltip>
            )),
          }))}
        />
      )}
    </div>
  );
}
