import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';

/** Why a run was refused: the server's explanation, with every message it keyed to a part of the request. */
export function ImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = isProblem(error) ? Object.values(error.errors).flat() : [];
  const summary = problemText(error, t('errors.unexpected'));
  return (
    <Alert
      type="error"
      showIcon
      className="import-problem"
      data-testid="import-problem"
      message={summary}
      description={
        details.length > 1 ? (
          <ul className="import-problem__list">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
