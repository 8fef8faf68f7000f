import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { syntaxTree } from '@codemirror/language';
import type { EditorView } from '@codemirror/view';
import { useMemo } from 'react';
import type { ScriptDeclarations } from './declarations';
import { completeScript } from './scriptCompletion';
import { useEditorExtension } from './useEditorExtension';

const quiet = new Set(['String', 'TemplateString', 'LineComment', 'BlockComment']);

/**
 * Completion from the entity's declarations, next to the language's own (keywords, local names): added as
 * language data rather than as an override, so both lists show.
 */
export function useScriptCompletion(view: EditorView | undefined, declarations: ScriptDeclarations) {
  const extension = useMemo(() => {
    const source = (context: CompletionContext): CompletionResult | null => {
      if (quiet.has(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
      const line = context.state.doc.lineAt(context.pos);
      const before = line.text.slice(0, context.pos - line.from);
      const answer = completeScript(declarations, before, context.explicit);
      if (!answer) return null;
      return {
        from: line.from + answer.from,
        validFor: /^[\w$]*$/,
        options: answer.options.map((option) => ({
          label: option.label,
          type: option.kind,
          detail: option.detail,
          info: option.info,
          // The entity's own fields first, then the record's system values: fields are what scripts are about.
          boost: option.kind === 'property' ? (option.readonly ? 1 : 2) : 0,
        })),
      };
    };
    return javascriptLanguage.data.of({ autocomplete: source });
  }, [declarations]);
  useEditorExtension(view, extension);
}
