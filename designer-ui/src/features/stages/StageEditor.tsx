import { LoginOutlined, LogoutOutlined, ProfileOutlined } from '@ant-design/icons';
import { Badge, Form, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDefinition } from '../../shared/schema';
import { GateEditor } from './GateEditor';
import { StageBasics } from './StageBasics';
import { tabsWithErrors, type StageTab } from './stageErrors';
import { gateSize, type StageForm } from './stageForm';

type Props = {
  /** The stage's name inside the `stages` list. */
  name: number;
  index: number;
  entity: EntityDefinition;
  entities: EntityDefinition[];
  saved: string[];
  errorPaths: string[];
};

/** One stage: what it is (name, colour, probability, guidance…) and its entry and exit requirements. */
export function StageEditor({ name, index, entity, entities, saved, errorPaths }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const stage = Form.useWatch(['stages', index], form) as StageForm | undefined;
  const [tab, setTab] = useState<StageTab>('basics');
  const broken = tabsWithErrors(errorPaths, index);

  // A new error shows its tab.
  const [shown, setShown] = useState<StageTab | undefined>();
  if (broken[0] !== shown) {
    setShown(broken[0]);
    if (broken[0] && !broken.includes(tab)) setTab(broken[0]);
  }

  const label = (key: StageTab, text: string, count: number) => (
    <span data-testid={`stage-tab-${key}`}>
      {text}
      {count > 0 && <span className="stage-tab__count">{count}</span>}
      {broken.includes(key) && <Badge status="error" style={{ marginLeft: 6 }} />}
    </span>
  );

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as StageTab)}
      items={[
        {
          key: 'basics',
          label: label('basics', t('stages.tabs.basics'), 0),
          icon: <ProfileOutlined />,
          forceRender: true,
          children: <StageBasics name={name} index={index} saved={saved} />,
        },
        {
          key: 'entryCriteria',
          label: label('entryCriteria', t('stages.tabs.entry'), gateSize(stage?.entryCriteria)),
          icon: <LoginOutlined />,
          forceRender: true,
          children: <GateEditor name={[name, 'entryCriteria']} side="entryCriteria" entity={entity} entities={entities} />,
        },
        {
          key: 'exitCriteria',
          label: label('exitCriteria', t('stages.tabs.exit'), gateSize(stage?.exitCriteria)),
          icon: <LogoutOutlined />,
          forceRender: true,
          children: <GateEditor name={[name, 'exitCriteria']} side="exitCriteria" entity={entity} entities={entities} />,
        },
      ]}
    />
  );
}
