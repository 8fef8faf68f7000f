import './records.css';

export { RecordsPage } from './RecordsPage';
export type { CurrentView, FilterNode, RecordItem } from './types';
export { UserSelect } from './UserSelect';
export { formatDateTime, formatValue, linkLabel } from './formatValue';
export type { FormatContext } from './formatValue';
export { ValueCell } from './ValueCell';
export { useFormatContext } from './useFormatContext';
export { useRecordForm } from './useRecordForm';
export { recordWidgets } from './recordWidgets';
