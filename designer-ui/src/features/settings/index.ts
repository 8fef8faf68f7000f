import './settings.css';

export { CalendarSettingsPage } from './CalendarSettingsPage';
