import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { message: string; receipt?: string; onAgain: () => void };

/** What a visitor sees after a submission went through. */
export function ThankYou({ message, receipt, onAgain }: Props) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('publicForm.thanks')}
      subTitle={
        <div data-testid="public-form-thanks">
          <Typography.Paragraph className="public-form__thanks-text">{message}</Typography.Paragraph>
          {receipt && (
            <Typography.Text type="secondary" className="mono" data-testid="public-form-receipt">
              {t('publicForm.receipt', { receipt })}
            </Typography.Text>
          )}
        </div>
      }
      extra={
        <Button onClick={onAgain} data-testid="public-form-again">
          {t('publicForm.again')}
        </Button>
      }
    />
  );
}
