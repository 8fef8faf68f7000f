/** The platform's working calendar: weekend, holidays, make-up working days and working hours. */
export function CalendarSettingsPage() {
  return null;
}
