import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from './types';

type Props = { job: ImportJob; done: boolean };

/** Rows created, updated, skipped and refused; worded as a forecast for a dry run, as a fact afterwards. */
export function ImportCounts({ job, done }: Props) {
  const { t } = useTranslation();
  const tense = done ? 'done' : 'planned';
  const cards = [
    { key: 'total', value: job.total ?? job.processed, color: undefined },
    { key: 'created', value: job.created, color: '#389e0d' },
    { key: 'updated', value: job.updated, color: '#1677ff' },
    { key: 'skipped', value: job.skipped, color: '#8c8f99' },
    { key: 'failed', value: job.failed, color: job.failed > 0 ? '#cf1322' : undefined },
  ] as const;
  return (
    <div className="import-counts" data-testid="import-counts">
      {cards.map((card) => (
        <Card key={card.key} size="small" className="import-count" data-testid={`import-count-${card.key}`}>
          <Statistic
            title={t(`transfers.counts.${tense}.${card.key}`)}
            value={card.value}
            valueStyle={card.color ? { color: card.color } : undefined}
          />
        </Card>
      ))}
    </div>
  );
}
