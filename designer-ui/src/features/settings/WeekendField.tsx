import { Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekdays } from './calendarDays';

/** One checkbox per day of the week; a ticked day is not worked unless listed as a make-up day. */
export function WeekendField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="weekend" label={t('settings.calendar.weekend')} extra={t('settings.calendar.weekendHint')}>
      <Checkbox.Group data-testid="calendar-weekend">
        {weekdays.map((day) => (
          <Checkbox key={day} value={day} data-testid={`calendar-weekend-${day}`}>
            {t(`settings.calendar.weekdays.${day}`)}
          </Checkbox>
        ))}
      </Checkbox.Group>
    </Form.Item>
  );
}
