import { Form } from 'antd';
import type { StageSettingsProps } from './StagePipeline';
import { StagePipeline } from './StagePipeline';
import { stageErrorKey } from './stageErrors';
import './stages.css';

/**
 * A stage field's pipeline in the field panel: the stages in order (drag to reorder, click to edit in a
 * drawer, add, remove), whether records may move back, and the stage new records start in.
 */
export function StageSettings(props: StageSettingsProps) {
  const form = Form.useFormInstance();
  // An item without a name that updates on every change of the form, errors included (a refused save, a
  // failed check): the pipeline below only redraws when the stages' errors differ.
  return (
    <Form.Item noStyle shouldUpdate>
      {() => <StagePipeline {...props} errorKey={stageErrorKey(form.getFieldsError())} />}
    </Form.Item>
  );
}

