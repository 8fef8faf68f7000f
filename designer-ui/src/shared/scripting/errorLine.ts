import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Marks one line (1-based) of the script as the error's line, or clears the mark with null. */
export const setErrorLine = StateEffect.define<number | null>();

const lineMark = Decoration.line({ class: 'cm-script-error-line', attributes: { 'data-testid': 'script-error-line' } });

/** The whole line gets a red band: an underline alone is easy to miss on an empty or short line. */
export const errorLineField: Extension = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const number = effect.value;
      next =
        number === null || number < 1 || number > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([lineMark.range(transaction.state.doc.line(number).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
