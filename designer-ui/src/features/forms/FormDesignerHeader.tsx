import { ArrowLeftOutlined, CloudUploadOutlined, ExportOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { FormDraft } from './formDraft';
import { publicFormUrl } from './publicLink';

type Props = {
  entity: EntityDefinition;
  draft: FormDraft;
  version: number | null;
  dirty: boolean;
  saving: boolean;
  publishing: boolean;
  onSave: () => void;
  onPublish: () => void;
};

/** The form's name and state (version, public, default, unsaved changes) with save and publish. */
export function FormDesignerHeader({ entity, draft, version, dirty, saving, publishing, onSave, onPublish }: Props) {
  const { t, i18n } = useTranslation();
  const entityLabel = localize(entity.label, i18n.language) || entity.slug;
  return (
    <PageHeader
      title={
        <Space size={8} wrap>
          <Link to={`/entities/${entity.slug}/forms`} className="form-designer__back" aria-label={t('formDesigner.backToList')}>
            <ArrowLeftOutlined />
          </Link>
          {localize(draft.label, i18n.language) || draft.slug}
          <Tag className="mono">{draft.slug}</Tag>
          {version ? (
            <Tag color="blue" data-testid="form-version">
              {t('formDesigner.versionTag', { version })}
            </Tag>
          ) : (
            <Tag data-testid="form-version">{t('formDesigner.unpublished')}</Tag>
          )}
          {draft.public && <Tag color="green">{t('formDesigner.publicTag')}</Tag>}
          {draft.isDefault && <Tag color="gold">{t('formDesigner.defaultTag')}</Tag>}
          {dirty && (
            <Tag color="orange" data-testid="form-dirty">
              {t('formDesigner.unsavedTag')}
            </Tag>
          )}
        </Space>
      }
      subtitle={t('formDesigner.subtitle', { entity: entityLabel })}
      extra={
        <Space>
          {draft.public && version ? (
            <Button icon={<ExportOutlined />} href={publicFormUrl(globalThis.location.origin, draft.slug)} target="_blank" data-testid="form-open-public">
              {t('formDesigner.openPublic')}
            </Button>
          ) : null}
          <Button icon={<SaveOutlined />} onClick={onSave} loading={saving} disabled={!dirty} data-testid="form-save">
            {t('common.save')}
          </Button>
          <Tooltip title={dirty ? t('formDesigner.publishSavesFirst') : t('formDesigner.publishHint')}>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={onPublish} loading={publishing} data-testid="form-publish">
              {t('formDesigner.publish')}
            </Button>
          </Tooltip>
        </Space>
      }
    />
  );
}
