import './board.css';

export { BoardPage } from './BoardPage';
export { BoardLink } from './BoardLink';
export { GatePrompt } from './GatePrompt';
export type { GatePromptProps } from './GatePrompt';
export { stageGateOf, missingFields } from './gateProblem';
export type { StageGate, UnmetCriterion } from './types';
