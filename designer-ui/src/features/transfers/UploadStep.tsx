import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileSize, isImportable, type FileSize } from './importRequest';

type Props = {
  file: File | undefined;
  running: boolean;
  onFile: (file: File | undefined) => void;
  onNext: () => void;
};

/** Step 1: pick the sheet. It stays in the browser; the first dry run sends it. */
export function UploadStep({ file, running, onFile, onNext }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sizeText = (size: FileSize) => t(`transfers.upload.size.${size.unit}`, { size: size.value });
  return (
    <div className="import-step" data-testid="import-upload">
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        data-testid="import-dropzone"
        beforeUpload={(chosen) => {
          if (isImportable(chosen.name)) onFile(chosen);
          else void message.error(t('transfers.upload.wrongType'));
          // Nothing is uploaded here: the file is read by the dry run.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('transfers.upload.drop')}</p>
        <p className="ant-upload-hint">{t('transfers.upload.hint')}</p>
      </Upload.Dragger>
      {file && (
        <div className="import-file" data-testid="import-file">
          <FileExcelOutlined />
          <span className="import-file__name">{file.name}</span>
          <span className="import-file__size">{sizeText(fileSize(file.size))}</span>
        </div>
      )}
      <div className="import-actions">
        <span />
        <Button type="primary" disabled={!file} loading={running} onClick={onNext} data-testid="import-analyse">
          {running ? t('transfers.upload.reading') : t('transfers.upload.next')}
        </Button>
      </div>
    </div>
  );
}
