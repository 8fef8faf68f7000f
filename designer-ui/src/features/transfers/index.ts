import './transfers.css';

export { ImportPage } from './ImportPage';
export { TransferActions } from './TransferActions';
export type { ExportView } from './types';
