import './records.css';

export { RecordsPage } from './RecordsPage';
export type { CurrentView } from './types';
