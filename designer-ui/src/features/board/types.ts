import type { LocalizedText } from '../../shared/i18n';
import type { StageDefinition } from '../../shared/schema';

/** A record as the board shows it: system fields and field values by slug. */
export type BoardCard = {
  id: number;
  version: number;
  updatedAt: string;
  ownerId?: number | null;
  [field: string]: unknown;
};

/** GET …/pipelines/{field}/board: one column per stage with its totals and first cards. */
export type BoardColumnData = {
  stage: string;
  label: LocalizedText;
  color?: string | null;
  category: 'open' | 'won' | 'lost';
  probability?: number | null;
  count: number;
  sum: number;
  weighted: number;
  cards: BoardCard[];
  /** How many records should enter this stage a month, and how many (of all records) have this month. */
  target?: number | null;
  enteredThisMonth?: number;
};

export type BoardData = { field: string; amount?: string | null; columns: BoardColumnData[]; total: number };

/** GET …/board/cards: one page of a column. */
export type CardsPage = { stage: string; total: number; cards: BoardCard[] };

export type GateCriterion = 'requiredField' | 'condition' | 'related' | 'backward';

export type UnmetCriterion = { criterion: GateCriterion | (string & {}); field?: string | null; message: string };

/** The body of a 422 stage-gate problem: which move was refused and why. */
export type StageGate = { field: string; stage: string; unmet: UnmetCriterion[] };

type RelatedCriterion = { entity: string; field: string; min?: number };
type StageCriteria = { requiredFields?: string[]; condition?: string | null; related?: RelatedCriterion[] };

/** A stage with its gates, as the server sends a stage field. */
export type GatedStage = StageDefinition & { entryCriteria?: StageCriteria | null; exitCriteria?: StageCriteria | null };

/** The quick filters above the board. */
export type QuickFilters = { q: string; mine: boolean; choiceField?: string; choices: string[] };
