import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from './types';

type Props = { isNew: boolean; summary?: WorkflowSummary };

/** The stored version being edited and whether it is the published one. */
export function VersionTags({ isNew, summary }: Props) {
  const { t } = useTranslation();
  if (isNew) return <Tag>{t('workflows.editor.new')}</Tag>;
  if (!summary) return null;
  const published = summary.publishedVersion;
  return (
    <span data-testid="wf-version">
      <Tag>{t('workflows.editor.version', { version: summary.latestVersion })}</Tag>
      {published === summary.latestVersion ? (
        <Tag color="green">{t('workflows.editor.isPublished')}</Tag>
      ) : (
        <Tag color="gold">{published == null ? t('workflows.editor.draft') : t('workflows.editor.draftAfter', { version: published })}</Tag>
      )}
    </span>
  );
}
