import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { errorLineField } from './errorLine';

/**
 * What every script editor has: JavaScript highlighting, line numbers, history, brackets, completion (the
 * sources come from the entity's declarations) and the error marks. Deliberately smaller than CodeMirror's
 * basicSetup: no folding, search panel or multiple cursors, which scripts of a few lines do not need.
 */
export function editorSetup(hint: string): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    autocompletion({ activateOnTyping: true, icons: true }),
    javascript(),
    lintGutter(),
    errorLineField,
    placeholder(hint),
    // A formula sits in a narrow side panel: long lines wrap instead of hiding behind a scroll bar.
    EditorView.lineWrapping,
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
  ];
}
