import {
  AlignLeftOutlined,
  ApartmentOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  DownSquareOutlined,
  FieldNumberOutlined,
  FontSizeOutlined,
  FunnelPlotOutlined,
  FunctionOutlined,
  LinkOutlined,
  MailOutlined,
  MoneyCollectOutlined,
  NumberOutlined,
  PercentageOutlined,
  PhoneOutlined,
  StarOutlined,
  TagsOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { FieldType } from '../../shared/schema';

const icons: Record<FieldType, ComponentType<{ className?: string }>> = {
  text: FontSizeOutlined,
  longtext: AlignLeftOutlined,
  number: NumberOutlined,
  currency: MoneyCollectOutlined,
  percent: PercentageOutlined,
  boolean: CheckSquareOutlined,
  date: CalendarOutlined,
  datetime: ClockCircleOutlined,
  select: DownSquareOutlined,
  multiselect: TagsOutlined,
  email: MailOutlined,
  phone: PhoneOutlined,
  url: LinkOutlined,
  user: UserOutlined,
  relation: ApartmentOutlined,
  autonumber: FieldNumberOutlined,
  rating: StarOutlined,
  formula: FunctionOutlined,
  stage: FunnelPlotOutlined,
  rollup: CalculatorOutlined,
};

export function FieldTypeIcon({ type, className }: { type: FieldType; className?: string }) {
  const Icon = icons[type] ?? FontSizeOutlined;
  return <Icon className={className} />;
}
