export { FormRenderer } from './FormRenderer';
export type { FormRendererHandle, FormRendererProps } from './FormRenderer';
export { validateRecord, evaluateRules, withoutEmpty } from './validateRecord';
export type { RuleOutcome } from './validateRecord';
export { errorMessage, errorMessages } from './errorMessages';
export { buildCondition, parseCondition, conditionOps, opNeedsValue } from './conditions';
export type { ConditionModel, ConditionOp, ConditionValue } from './conditions';
export { fieldSlug, testIdOf } from './rendererContext';
export type {
  FieldErrorCodes,
  FormData,
  FormRule,
  FormSchema,
  FormSection,
  FormUiSchema,
  RenderedForm,
  RuleEffect,
} from './types';
