import type { FormItemProps } from 'antd';

/** Form.Item props that show messages at an item (the designer keeps them outside antd's own validation). */
export function itemErrors(messages: string[] | undefined): Pick<FormItemProps, 'validateStatus' | 'help'> {
  return messages && messages.length > 0 ? { validateStatus: 'error', help: messages.join(' ') } : {};
}
