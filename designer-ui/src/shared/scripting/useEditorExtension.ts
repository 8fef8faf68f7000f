import { Compartment, StateEffect, type Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { useEffect, useState } from 'react';

/**
 * Keeps one changeable part of the editor's configuration (completion, read-only…) in step with React:
 * added to the view the first time, reconfigured when `extension` changes. Pass a memoised extension.
 */
export function useEditorExtension(view: EditorView | undefined, extension: Extension) {
  const [compartment] = useState(() => new Compartment());
  useEffect(() => {
    if (!view) return;
    const effects =
      compartment.get(view.state) === undefined
        ? StateEffect.appendConfig.of(compartment.of(extension))
        : compartment.reconfigure(extension);
    view.dispatch({ effects });
  }, [view, extension, compartment]);
}
