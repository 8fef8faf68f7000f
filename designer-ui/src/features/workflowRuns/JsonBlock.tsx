type Props = { value: unknown };

/** A JSON value, indented, in a scrolling block (inputs, outputs, variables). */
export function JsonBlock({ value }: Props) {
  return <pre className="json-block">{JSON.stringify(value ?? null, null, 2)}</pre>;
}
