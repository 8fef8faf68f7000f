import './records.css';

export { RecordsPage } from './RecordsPage';
export type { CurrentView } from './types';
export { UserSelect } from './UserSelect';
export { formatDateTime } from './formatValue';
