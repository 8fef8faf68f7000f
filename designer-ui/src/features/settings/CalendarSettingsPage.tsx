import { useIsAdmin } from '../auth';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { FullPageSpinner } from '../../shared/ui/FullPageSpinner';
import { CalendarSettingsForm } from './CalendarSettingsForm';
import { useCalendarSettings } from './useCalendarSettings';

/**
 * The platform's working calendar: weekend, holidays, make-up working days and working hours. Every
 * signed-in user may look; only admins may change it (the server enforces that too).
 */
export function CalendarSettingsPage() {
  const isAdmin = useIsAdmin();
  const settings = useCalendarSettings();

  if (settings.isError) return <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <FullPageSpinner />;
  return <CalendarSettingsForm saved={settings.data} readOnly={!isAdmin} />;
}
