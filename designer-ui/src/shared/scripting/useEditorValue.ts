import { Annotation, StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';

/** Marks a change that came from outside (a new value), so it is not reported back as an edit. */
const external = Annotation.define<boolean>();

/**
 * A controlled editor: a new `value` from outside replaces the text (unless it is what the editor already
 * holds, which is the echo of the person's own typing), and each edit calls the latest `onChange`.
 */
export function useEditorValue(view: EditorView | undefined, value: string, onChange?: (value: string) => void) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!view) return;
    const listener = EditorView.updateListener.of((update) => {
      if (!update.docChanged || update.transactions.some((transaction) => transaction.annotation(external))) return;
      latest.current?.(update.state.doc.toString());
    });
    view.dispatch({ effects: StateEffect.appendConfig.of(listener) });
  }, [view]);

  useEffect(() => {
    if (!view) return;
    const current = view.state.doc.toString();
    if (current === value) return;
    view.dispatch({ changes: { from: 0, to: current.length, insert: value }, annotations: external.of(true) });
  }, [view, value]);
}
