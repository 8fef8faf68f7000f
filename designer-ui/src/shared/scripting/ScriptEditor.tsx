import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptMarker } from './types';
import { useEditorValue } from './useEditorValue';
import { useEditorView } from './useEditorView';
import { useErrorMarker } from './useErrorMarker';
import { useReadOnly } from './useReadOnly';
import { useScriptCompletion } from './useScriptCompletion';
import { useScriptDeclarations } from './useScriptDeclarations';
import './scripting.css';

type Props = {
  /** The entity whose fields `record.` completes. */
  entity: string;
  /** Controlled like an antd input, so a Form.Item can hold the script. */
  value?: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** The error to mark: underlined, in the gutter, its line banded. */
  error?: ScriptMarker | null;
  /** Height of the editing area in pixels before it scrolls; it grows up to it. */
  maxHeight?: number;
  minHeight?: number;
  'data-testid'?: string;
};

/** A JavaScript editor for scripts: highlighting, line numbers, completion from the entity's fields. */
export function ScriptEditor({
  entity,
  value = '',
  onChange,
  readOnly = false,
  error,
  maxHeight = 420,
  minHeight = 160,
  'data-testid': testId = 'script-editor',
}: Props) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const view = useEditorView(parent, value, t('scripting.editor.placeholder'));
  const declarations = useScriptDeclarations(entity);
  useEditorValue(view, value, onChange);
  useScriptCompletion(view, declarations);
  useReadOnly(view, readOnly);
  useErrorMarker(view, error);
  return (
    <div
      ref={parent}
      className={`script-editor${readOnly ? ' script-editor--readonly' : ''}${error ? ' script-editor--error' : ''}`}
      style={{ ['--script-editor-max' as string]: `${maxHeight}px`, ['--script-editor-min' as string]: `${minHeight}px` }}
      data-testid={testId}
      data-ready={view ? 'true' : 'false'}
    />
  );
}
