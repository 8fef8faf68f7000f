import './records.css';

export { RecordsPage } from './RecordsPage';
export type { CurrentView, FilterNode, RecordItem } from './types';
export { UserSelect } from './UserSelect';
export { formatDateTime, formatValue, linkLabel } from './formatValue';
export type { FormatContext } from './formatValue';
// The pieces a record's own page builds on: the record form, its save and refusals, values, links.
export { RecordFormPanel } from './RecordFormPanel';
export { RecordProblemAlert } from './RecordProblemAlert';
export { RecordScores } from './RecordScores';
export { ValueCell } from './ValueCell';
export { expandableFields } from './columns';
export { formFields, toFormData, toUpdateBody } from './recordForm';
export { recordPath } from './recordPath';
export { recordKeys, recordsApi } from './recordsApi';
export { useFormatContext } from './useFormatContext';
export { useRecordForm } from './useRecordForm';
export { useRecordMutations } from './useRecordMutations';
export { useRecords } from './useRecords';
export { useRecordSave } from './useRecordSave';
export { recordWidgets } from './recordWidgets';
