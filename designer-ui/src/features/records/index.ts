import './records.css';

export { RecordsPage } from './RecordsPage';
