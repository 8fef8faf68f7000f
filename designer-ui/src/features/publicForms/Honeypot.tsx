import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The spam trap: an input people never see or reach (off-screen, out of the tab order, no autofill) and
 * form-filling robots do fill. Screen readers announce its label, which asks to leave it empty.
 */
export function Honeypot({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  return (
    <div className="public-form__trap">
      <label htmlFor="public-form-website">{t('publicForm.honeypotLabel')}</label>
      <input
        ref={inputRef}
        id="public-form-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
        data-testid="public-form-honeypot"
      />
    </div>
  );
}
