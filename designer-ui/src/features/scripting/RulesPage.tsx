/** The entity's rules: validation, before/after-save hooks and scoring scripts. */
export function RulesPage() {
  return null;
}
