import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from './calendarForm';
import type { CalendarDay } from './types';

type Props = { list: 'holidays' | 'workingDays'; readOnly: boolean };

const maxName = 100;

/** The rows of one list of days (public holidays, or make-up working days): a date and a name each. */
export function CalendarDaysTable({ list, readOnly }: Props) {
  const { t } = useTranslation();
  const [title, hint] =
    list === 'holidays'
      ? [t('settings.calendar.holidays'), t('settings.calendar.holidaysHint')]
      : [t('settings.calendar.workingDays'), t('settings.calendar.workingDaysHint')];
  const form = Form.useFormInstance();
  const days: (CalendarDay | undefined)[] = Form.useWatch(list, form) ?? [];

  return (
    <Form.List name={list}>
      {(fields, { add, remove }, { errors }) => (
        <div data-testid={`calendar-${list}`}>
          <div className="calendar-days__head">
            <div>
              <Typography.Text strong>{title}</Typography.Text>
              <Typography.Text type="secondary" className="calendar-days__count" data-testid={`calendar-${list}-count`}>
                {t('settings.calendar.count', { count: fields.length })}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">{hint}</Typography.Text>
              </div>
            </div>
            {!readOnly && (
              <Button icon={<PlusOutlined />} onClick={() => add({ date: '', name: '' })} data-testid={`calendar-${list}-add`}>
                {t('settings.calendar.add')}
              </Button>
            )}
          </div>
          <Table
            size="small"
            rowKey="key"
            dataSource={fields}
            pagination={false}
            scroll={{ y: 320 }}
            locale={{ emptyText: t('settings.calendar.empty') }}
            onRow={(field) => ({ 'data-date': days[field.name]?.date ?? '', 'data-testid': `calendar-${list}-row` }) as never}
            columns={[
              {
                title: t('settings.calendar.date'),
                width: 180,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: t('settings.calendar.dateRequired') }]}
                    getValueProps={(value: string) => ({ value: parseDate(value) })}
                    normalize={formatDate}
                    className="calendar-days__item"
                  >
                    <DatePicker allowClear={false} data-testid={`calendar-${list}-date`} />
                  </Form.Item>
                ),
              },
              {
                title: t('settings.calendar.name'),
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ max: maxName, message: t('settings.calendar.nameTooLong', { count: maxName }) }]}
                    className="calendar-days__item"
                  >
                    <Input placeholder={t('settings.calendar.namePlaceholder')} data-testid={`calendar-${list}-name`} />
                  </Form.Item>
                ),
              },
              ...(readOnly
                ? []
                : [
                    {
                      key: 'remove',
                      width: 56,
                      render: (_: unknown, field: { name: number }) => (
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t('settings.calendar.remove')}
                          onClick={() => remove(field.name)}
                          data-testid={`calendar-${list}-remove`}
                        />
                      ),
                    },
                  ]),
            ]}
          />
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
