import './recordDetail.css';

export { RecordDetailPage } from './RecordDetailPage';
