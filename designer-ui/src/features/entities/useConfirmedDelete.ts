import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';

type Texts = { title: string; countText: (count: number | undefined) => string };

/**
 * Deletes without `confirm=true` first; when the server answers 409 because data would go with it, asks
 * the person (showing how many records) and retries with `confirm=true`. Resolves true once deleted.
 */
export function useConfirmedDelete() {
  const { modal, message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    async (remove: (confirm: boolean) => Promise<unknown>, texts: Texts): Promise<boolean> => {
      try {
        await remove(false);
        return true;
      } catch (error) {
        if (!isProblem(error, 409)) {
          void message.error(problemText(error, t('errors.unexpected')));
          return false;
        }
        const confirmed = await modal.confirm({
          title: texts.title,
          content: error.count !== undefined ? texts.countText(error.count) : error.detail || texts.countText(undefined),
          okText: t('common.deleteAnyway'),
          okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
          cancelText: t('common.cancel'),
        });
        if (!confirmed) return false;
        try {
          await remove(true);
          return true;
        } catch (retryError) {
          void message.error(problemText(retryError, t('errors.unexpected')));
          return false;
        }
      }
    },
    [modal, message, t],
  );
}
