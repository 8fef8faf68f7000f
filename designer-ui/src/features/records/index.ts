import './records.css';

export { RecordsPage } from './RecordsPage';
export { UserSelect } from './UserSelect';
export { formatDateTime } from './formatValue';
