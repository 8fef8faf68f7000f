export { RecordDetailPage } from './RecordDetailPage';
