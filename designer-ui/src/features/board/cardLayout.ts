/** The most fields a card shows; more would make every card of the board taller. */
export const maxCardFields = 4;

const padding = 12;
const titleLine = 22;
const fieldLine = 20;
const footerLine = 28;
/** The space between two cards. */
export const cardGap = 8;
/** The space above the first card of a column and below the last. */
export const listPadding = 8;

/**
 * The height of every card of a board: fixed, so a column of 5,000 cards can place each one without
 * measuring it. The first card field is the title; the others are one line each; the footer holds the
 * amount and the owner.
 */
export function cardHeight(fieldCount: number): number {
  const lines = Math.max(0, Math.min(maxCardFields, fieldCount) - 1);
  return padding * 2 + titleLine + lines * fieldLine + footerLine;
}

// antd's preset colour names, which option and stage colours may use, as the hex antd draws them.
const presets: Record<string, string> = {
  blue: '#1677ff',
  green: '#52c41a',
  red: '#f5222d',
  orange: '#fa8c16',
  gold: '#faad14',
  yellow: '#fadb14',
  lime: '#a0d911',
  cyan: '#13c2c2',
  purple: '#722ed1',
  magenta: '#eb2f96',
  volcano: '#fa541c',
  geekblue: '#2f54eb',
  grey: '#8c8c8c',
  gray: '#8c8c8c',
};

// Open stages without a colour of their own: calm hues in pipeline order, none that reads as won or lost.
const openColors = ['#1677ff', '#13c2c2', '#722ed1', '#fa8c16', '#2f54eb', '#eb2f96'];

/** A stage's colour as CSS: its own, else one by category (won green, lost grey), else one by position. */
export function stageColor(color: string | null | undefined, category: string, index: number): string {
  if (color) return presets[color] ?? color;
  if (category === 'won') return '#52c41a';
  if (category === 'lost') return '#8c8c8c';
  return openColors[index % openColors.length];
}
