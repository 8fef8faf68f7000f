import './records.css';

export { RecordsPage } from './RecordsPage';
export type { CurrentView } from './types';
export { UserSelect } from './UserSelect';
export { formatDateTime } from './formatValue';
export { formatValue } from './formatValue';
export type { FormatContext } from './formatValue';
export { useFormatContext } from './useFormatContext';
export { ValueCell } from './ValueCell';
export { recordWidgets } from './recordWidgets';
export { useRecordForm } from './useRecordForm';
