import './tasks.css';

export { NotificationBell } from './NotificationBell';
export { TaskInboxPage } from './TaskInboxPage';
