import { ExportOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { embedSnippet, publicFormUrl } from './publicLink';

type Props = { slug: string; published: boolean };

/** The public link and the iframe snippet of a public form, each with a copy button. */
export function EmbedPanel({ slug, published }: Props) {
  const { t } = useTranslation();
  const origin = globalThis.location.origin;
  const link = publicFormUrl(origin, slug);
  const snippet = embedSnippet(origin, slug);
  return (
    <Card
      size="small"
      className="embed-panel"
      data-testid="embed-panel"
      title={
        <span>
          <ShareAltOutlined /> {t('formDesigner.embed.title')}
        </span>
      }
      extra={
        published ? (
          <Button type="link" size="small" icon={<ExportOutlined />} href={link} target="_blank" data-testid="embed-open">
            {t('formDesigner.openPublic')}
          </Button>
        ) : null
      }
    >
      {!published && <Alert type="info" showIcon message={t('formDesigner.embed.publishFirst')} style={{ marginBottom: 12 }} />}
      <Typography.Text type="secondary">{t('formDesigner.embed.link')}</Typography.Text>
      <Typography.Paragraph className="embed-panel__code mono" copyable={{ text: link, tooltips: [t('formDesigner.embed.copy'), t('formDesigner.embed.copied')] }} data-testid="embed-link">
        {link}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('formDesigner.embed.snippet')}</Typography.Text>
      <Typography.Paragraph className="embed-panel__code mono" copyable={{ text: snippet, tooltips: [t('formDesigner.embed.copy'), t('formDesigner.embed.copied')] }} data-testid="embed-snippet">
        {snippet}
      </Typography.Paragraph>
    </Card>
  );
}
