import { Typography } from 'antd';

type Props = { title: string; text: string; testId: string };

/** A titled block of script output as the server gave it (JSON, events), kept in its own lines. */
export function OutputBlock({ title, text, testId }: Props) {
  return (
    <section>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <pre className="script-test__pre" data-testid={testId}>
        {text}
      </pre>
    </section>
  );
}
