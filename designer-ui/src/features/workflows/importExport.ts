import type { ElsaWorkflow } from './types';

export type ImportResult = { workflow: ElsaWorkflow } | { error: 'json' | 'shape' };

/** Reads an Elsa JSON file: an object with a `root` activity that has a `type`. A byte-order mark is allowed. */
export function parseImport(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'json' };
  }
  const doc = parsed as Partial<ElsaWorkflow> | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !doc.root || typeof doc.root !== 'object' || typeof doc.root.type !== 'string') {
    return { error: 'shape' };
  }
  return { workflow: doc as ElsaWorkflow };
}

/** The file name of an export: `<definitionId>.json`. */
export function exportFileName(workflow: ElsaWorkflow): string {
  return `${workflow.definitionId || 'workflow'}.json`;
}

export function downloadWorkflow(workflow: ElsaWorkflow): void {
  const blob = new Blob([JSON.stringify(workflow, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(workflow);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function readFileText(file: File): Promise<string> {
  return file.text();
}
