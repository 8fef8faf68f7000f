import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { useEffect } from 'react';
import { setErrorLine } from './errorLine';
import { errorRange } from './errorRange';
import type { ScriptMarker } from './types';

/** Underlines the error's place, puts a marker in the gutter and bands its line; clears them with none. */
export function useErrorMarker(view: EditorView | undefined, marker: ScriptMarker | null | undefined) {
  useEffect(() => {
    if (!view) return;
    if (!marker) {
      view.dispatch(setDiagnostics(view.state, []), { effects: setErrorLine.of(null) });
      return;
    }
    const range = errorRange(view.state.doc, marker.line, marker.column);
    view.dispatch(
      setDiagnostics(view.state, [{ from: range.from, to: range.to, severity: 'error', message: marker.message }]),
      { effects: setErrorLine.of(range.line) },
    );
  }, [view, marker]);
}
