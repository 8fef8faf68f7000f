export { CalendarSettingsPage } from './CalendarSettingsPage';
