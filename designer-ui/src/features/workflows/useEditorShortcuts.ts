import { useEffect } from 'react';

export type ShortcutHandlers = { undo: () => void; redo: () => void; copy: () => void; paste: () => void; remove: () => void };

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.closest('.cm-editor') !== null;
}

/** Ctrl/⌘+Z, Ctrl/⌘+Shift+Z (or Ctrl+Y), Ctrl/⌘+C, Ctrl/⌘+V and Delete on the canvas; keys typed into a field are left alone. */
export function useEditorShortcuts(handlers: ShortcutHandlers) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && event.shiftKey) handlers.redo();
      else if (mod && key === 'z') handlers.undo();
      else if (mod && key === 'y') handlers.redo();
      else if (mod && key === 'c' && !window.getSelection()?.toString()) handlers.copy();
      else if (mod && key === 'v') handlers.paste();
      else if (!mod && (key === 'delete' || key === 'backspace')) handlers.remove();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
