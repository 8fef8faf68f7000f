import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';

const embedded = (() => {
  try {
    return window.self !== window.top;
  } catch {
    // A cross-origin parent refuses the comparison: that, too, means we are in a frame.
    return true;
  }
})();

/** The page around a public form: no app chrome, one centered card, the language switch above it. */
export function PublicFormShell({ children }: { children: ReactNode }) {
  return (
    <div className={`public-form${embedded ? ' public-form--embedded' : ''}`} data-testid="public-form-page">
      <div className="public-form__column">
        <div className="public-form__toolbar">
          <LanguageSwitch />
        </div>
        <main className="public-form__card">{children}</main>
      </div>
    </div>
  );
}
