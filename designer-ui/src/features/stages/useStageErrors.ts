import { Form } from 'antd';
import { errorPath } from './stageErrors';

/**
 * The name paths (`stages.2.exitCriteria.condition`) of the stage inputs showing an error, after a refused
 * save or a failed check. Read through a watch: antd tells watchers after each setFields, errors included.
 */
export function useStageErrors(): string[] {
  const form = Form.useFormInstance();
  const key =
    Form.useWatch(
      () =>
        form
          .getFieldsError()
          .filter((field) => field.errors.length > 0 && field.name[0] === 'stages')
          .map((field) => errorPath(field.name))
          .join('|'),
      form,
    ) ?? '';
  return key ? key.split('|') : [];
}
