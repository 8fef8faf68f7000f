import { getDefaultRegistry } from '@rjsf/core';
import type { RegistryWidgetsType } from '@rjsf/utils';
import { Widgets as AntWidgets } from '@rjsf/antd';
import { RatingWidget } from './RatingWidget';
import { SwitchWidget } from './SwitchWidget';
import { TextareaWidget } from './TextareaWidget';
import { withTestId } from './withTestId';

export { TextInputTemplate } from './TextInputTemplate';

const upDown = getDefaultRegistry().widgets.UpDownWidget;

/**
 * The widgets every form gets. `user` and `relation` fall back to a number input: pickers that look people
 * and records up live in the record screens, which pass their own through the renderer's `widgets` prop.
 */
export const baseWidgets: RegistryWidgetsType = {
  TextareaWidget,
  SelectWidget: withTestId(AntWidgets.SelectWidget),
  RadioWidget: withTestId(AntWidgets.RadioWidget),
  CheckboxWidget: withTestId(AntWidgets.CheckboxWidget),
  CheckboxesWidget: withTestId(AntWidgets.CheckboxesWidget),
  DateWidget: withTestId(AntWidgets.DateWidget),
  DateTimeWidget: withTestId(AntWidgets.DateTimeWidget),
  rating: RatingWidget,
  switch: SwitchWidget,
  user: upDown,
  relation: upDown,
};
