import { ImportOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLanguage } from '../../shared/i18n';
import type { CalendarPreset } from './types';
import { useCalendarPresets } from './useCalendarPresets';

type Props = { onLoad: (preset: CalendarPreset) => void };

/** Picks one of the shipped holiday lists and hands it to the form, which merges it in (nothing is saved yet). */
export function PresetLoader({ onLoad }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const presets = useCalendarPresets(true);
  const [chosen, setChosen] = useState<string>();
  const preset = presets.data?.find((item) => item.id === chosen);

  return (
    <Space.Compact>
      <Select
        style={{ width: 240 }}
        placeholder={t('settings.calendar.presetPlaceholder')}
        loading={presets.isPending}
        value={chosen}
        onChange={setChosen}
        options={(presets.data ?? []).map((item) => ({ value: item.id, label: localize(item.label, language) }))}
        data-testid="calendar-preset-select"
      />
      <Button icon={<ImportOutlined />} disabled={!preset} onClick={() => preset && onLoad(preset)} data-testid="calendar-preset-load">
        {t('settings.calendar.presetLoad')}
      </Button>
    </Space.Compact>
  );
}
