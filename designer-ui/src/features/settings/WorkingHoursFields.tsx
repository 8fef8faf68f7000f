import { Form, Space, TimePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime, parseTime } from './calendarForm';

/** The working day's start and end, kept as the API's `HH:mm` text rather than time objects. */
export function WorkingHoursFields() {
  const { t } = useTranslation();
  const item = (name: 'dayStart' | 'dayEnd', label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('settings.calendar.timeRequired') }]}
      getValueProps={(value: string) => ({ value: parseTime(value) })}
      normalize={formatTime}
    >
      <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} data-testid={`calendar-${name}`} />
    </Form.Item>
  );
  return (
    <Space size="large" wrap>
      {item('dayStart', t('settings.calendar.dayStart'))}
      {item('dayEnd', t('settings.calendar.dayEnd'))}
    </Space>
  );
}
