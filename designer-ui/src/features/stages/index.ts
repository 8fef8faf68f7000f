export { StageSettings } from './StageSettings';
export { defaultPipeline } from './defaultPipeline';
export { stageFormNames, toStageFieldForm, toStagePatch } from './stageForm';
export type { StageFieldForm, StageForm } from './stageForm';
