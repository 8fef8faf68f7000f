export { StageSettings } from './StageSettings';
