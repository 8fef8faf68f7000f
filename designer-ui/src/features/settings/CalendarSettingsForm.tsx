import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLanguage } from '../../shared/i18n';
import { formProblem } from '../../shared/ui/formProblem';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CalendarDaysTable } from './CalendarDaysTable';
import { CalendarPreview } from './CalendarPreview';
import { mergePreset } from './calendarDays';
import { errorTargets, toBody } from './calendarForm';
import { PresetLoader } from './PresetLoader';
import type { CalendarPreset, CalendarSettings } from './types';
import { useSaveCalendar } from './useSaveCalendar';
import { WeekendField } from './WeekendField';
import { WorkingHoursFields } from './WorkingHoursFields';

type Props = { saved: CalendarSettings; readOnly: boolean };

/** The calendar being edited: the week, the hours, both lists of days and a preview of the result. */
export function CalendarSettingsForm({ saved, readOnly }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarSettings>();
  const save = useSaveCalendar();
  const [problem, setProblem] = useState<string>();

  const submit = async (values: CalendarSettings) => {
    setProblem(undefined);
    try {
      const stored = await save.mutateAsync(toBody(values));
      form.setFieldsValue(stored);
      void message.success(t('settings.calendar.saved'));
    } catch (error) {
      setProblem(formProblem(form, error, errorTargets(form.getFieldsValue(true)), t('errors.unexpected')));
    }
  };

  const loadPreset = (preset: CalendarPreset) => {
    const current = form.getFieldsValue(true) as CalendarSettings;
    form.setFieldsValue(mergePreset({ holidays: current.holidays ?? [], workingDays: current.workingDays ?? [] }, preset));
    const count = preset.holidays.length + preset.workingDays.length;
    void message.info(t('settings.calendar.presetLoaded', { count, name: localize(preset.label, language) }));
  };

  return (
    <div className="page calendar-settings">
      <PageHeader
        title={t('settings.calendar.title')}
        subtitle={t('settings.calendar.subtitle')}
        extra={
          !readOnly && (
            <Space wrap>
              <PresetLoader onLoad={loadPreset} />
              <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()} data-testid="calendar-save">
                {t('common.save')}
              </Button>
            </Space>
          )
        }
      />
      {readOnly && (
        <Alert type="info" showIcon message={t('settings.calendar.readOnly')} className="calendar-settings__alert" data-testid="calendar-read-only" />
      )}
      {problem && <Alert type="error" showIcon message={problem} className="calendar-settings__alert" data-testid="calendar-problem" />}
      <Form<CalendarSettings> form={form} layout="vertical" initialValues={saved} onFinish={submit} disabled={readOnly} data-testid="calendar-form">
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space direction="vertical" size={16} className="calendar-settings__column">
              <Card title={t('settings.calendar.week')}>
                <WeekendField />
                <Typography.Text strong>{t('settings.calendar.hours')}</Typography.Text>
                <div className="calendar-settings__hint">
                  <Typography.Text type="secondary">{t('settings.calendar.hoursHint')}</Typography.Text>
                </div>
                <WorkingHoursFields />
              </Card>
              <Card>
                <CalendarDaysTable list="holidays" readOnly={readOnly} />
              </Card>
              <Card>
                <CalendarDaysTable list="workingDays" readOnly={readOnly} />
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Card
              title={t('settings.calendar.preview')}
              extra={!readOnly && <Typography.Text type="secondary">{t('settings.calendar.previewHint')}</Typography.Text>}
            >
              <CalendarPreview />
            </Card>
            {!readOnly && <Alert type="warning" showIcon className="calendar-settings__notice" message={t('settings.calendar.presetHint')} />}
          </Col>
        </Row>
      </Form>
    </div>
  );
}
