export type DryRunDrawerProps = { definitionId: string; entity?: string; open: boolean; onClose: () => void };

/** Stands in until the dry-run drawer itself arrives; renders nothing. */
export function DryRunDrawer(props: DryRunDrawerProps): null {
  void props;
  return null;
}
