import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';

/**
 * Why a run was refused. The server keys its reasons to the part of the request at fault (the file, the
 * mapping); those say more than the general summary, so one reason is shown alone and several as a list.
 */
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
      message={details.length === 1 ? details[0] : summary}
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
