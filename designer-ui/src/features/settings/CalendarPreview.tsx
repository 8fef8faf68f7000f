import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, ConfigProvider, DatePicker, Form, Space, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayKind, listedDay } from './calendarDays';
import type { CalendarSettings, DayKind } from './types';

const kinds: DayKind[] = ['working', 'weekend', 'holiday', 'makeUp'];

/** A month of the calendar as the form now stands, saved or not: which days are worked and which are not. */
export function CalendarPreview() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CalendarSettings>();
  const weekend = Form.useWatch('weekend', form);
  const holidays = Form.useWatch('holidays', form);
  const workingDays = Form.useWatch('workingDays', form);
  const draft = { weekend, holidays, workingDays };
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));

  const day = (date: Dayjs) => {
    const text = date.format('YYYY-MM-DD');
    const kind = dayKind(draft, text);
    const name = listedDay(draft, text)?.name;
    const outside = date.month() !== month.month();
    return (
      <Tooltip title={name ? `${name} · ${t(`settings.calendar.kinds.${kind}`)}` : t(`settings.calendar.kinds.${kind}`)}>
        <div
          className={`calendar-preview__day calendar-preview__day--${kind}${outside ? ' calendar-preview__day--outside' : ''}`}
          data-testid={`calendar-preview-${text}`}
          data-kind={kind}
        >
          {date.date()}
        </div>
      </Tooltip>
    );
  };

  // Looking through the months stays possible when the form is read-only.
  return (
    <ConfigProvider componentDisabled={false}>
      <div className="calendar-preview" data-testid="calendar-preview">
        <Calendar
          fullscreen={false}
          value={month}
          onPanelChange={(value) => setMonth(value.startOf('month'))}
          fullCellRender={(date, info) => (info.type === 'date' ? day(date) : info.originNode)}
          headerRender={() => (
            <Space className="calendar-preview__header">
              <Button
                size="small"
                icon={<LeftOutlined />}
                aria-label={t('settings.calendar.previousMonth')}
                onClick={() => setMonth(month.subtract(1, 'month'))}
              />
              <DatePicker
                picker="month"
                size="small"
                allowClear={false}
                value={month}
                format="YYYY-MM"
                onChange={(value) => value && setMonth(value.startOf('month'))}
                data-testid="calendar-preview-month"
              />
              <Button
                size="small"
                icon={<RightOutlined />}
                aria-label={t('settings.calendar.nextMonth')}
                onClick={() => setMonth(month.add(1, 'month'))}
              />
            </Space>
          )}
        />
        <div className="calendar-preview__legend">
          {kinds.map((kind) => (
            <Tag key={kind} className={`calendar-preview__tag calendar-preview__tag--${kind}`}>
              {t(`settings.calendar.kinds.${kind}`)}
            </Tag>
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}
