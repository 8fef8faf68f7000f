import {
  ApartmentOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  ExperimentOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
  saving: boolean;
  publishing: boolean;
  errorCount: number;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
  onImport: () => void;
  onExport: () => void;
  onDryRun: () => void;
  onSave: () => void;
  onPublish: () => void;
};

/** The editor's buttons; Publish stays off while the workflow has problems. */
export function EditorToolbar(p: Props) {
  const { t } = useTranslation();
  const publishBlocked = p.errorCount > 0;
  return (
    <Space wrap className="wf-toolbar">
      <Space.Compact>
        <Tooltip title={t('workflows.toolbar.undo')}>
          <Button icon={<UndoOutlined />} disabled={!p.canUndo} onClick={p.onUndo} data-testid="wf-undo" aria-label={t('workflows.toolbar.undo')} />
        </Tooltip>
        <Tooltip title={t('workflows.toolbar.redo')}>
          <Button icon={<RedoOutlined />} disabled={!p.canRedo} onClick={p.onRedo} data-testid="wf-redo" aria-label={t('workflows.toolbar.redo')} />
        </Tooltip>
      </Space.Compact>
      <Button icon={<ApartmentOutlined />} onClick={p.onLayout} data-testid="wf-layout">
        {t('workflows.toolbar.layout')}
      </Button>
      <Space.Compact>
        <Button icon={<UploadOutlined />} onClick={p.onImport} data-testid="wf-import">
          {t('workflows.toolbar.import')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={p.onExport} data-testid="wf-export">
          {t('workflows.toolbar.export')}
        </Button>
      </Space.Compact>
      <Button icon={<ExperimentOutlined />} onClick={p.onDryRun} data-testid="wf-dry-run">
        {t('workflows.toolbar.dryRun')}
      </Button>
      <Badge dot={p.dirty} offset={[-4, 4]}>
        <Button icon={<SaveOutlined />} loading={p.saving} onClick={p.onSave} data-testid="wf-save" data-dirty={p.dirty ? 'true' : 'false'}>
          {t('workflows.toolbar.save')}
        </Button>
      </Badge>
      <Tooltip title={publishBlocked ? t('workflows.toolbar.publishBlocked', { count: p.errorCount }) : undefined}>
        <Button type="primary" icon={<CloudUploadOutlined />} loading={p.publishing} disabled={publishBlocked} onClick={p.onPublish} data-testid="wf-publish">
          {t('workflows.toolbar.publish')}
        </Button>
      </Tooltip>
    </Space>
  );
}
