import { stageFormNames } from '../stages';
import type { FieldFormValues } from './fieldForm';

type NamePath = (string | number)[];

/** Every name path of the field panel's form items, so server errors can be placed at them. */
export function fieldFormNames(values: Pick<FieldFormValues, 'options' | 'stages'>): NamePath[] {
  const names: NamePath[] = [
    ['slug'],
    ['type'],
    ['label', 'zh-CN'],
    ['label', 'en'],
    ['help', 'zh-CN'],
    ['help', 'en'],
    ['required'],
    ['unique'],
    ['indexed'],
    ['default'],
    ['maxLength'],
    ['precision'],
    ['currency'],
    ['relation', 'entity'],
    ['relation', 'onDelete'],
    ['pattern'],
    ['max'],
    ['resultType'],
    ['formula'],
    ['rollup', 'entity'],
    ['rollup', 'via'],
    ['rollup', 'function'],
    ['rollup', 'field'],
    ['rollup', 'whereJson'],
  ];
  (values.options ?? []).forEach((_option, index) => {
    names.push(['options', index, 'value'], ['options', index, 'label', 'zh-CN'], ['options', index, 'label', 'en']);
  });
  names.push(...stageFormNames(values));
  return names;
}
