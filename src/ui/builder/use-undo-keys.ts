import {useEffect} from 'react';
import {useBuilder} from '../../state/builder';
import {cancelPending} from '../../state/builder-actions';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), or Cmd on macOS, undo and redo the builder's steps
 * while an option is open; Escape cancels a previewed move. Text fields keep their own undo:
 * keys typed there are left alone. */
export function useUndoKeys(): void {
  const open = useBuilder((s) => s.editing !== null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // Escape anywhere on the page cancels a preview (an open dialog keeps its own Escape).
      if (
        e.key === 'Escape' &&
        useBuilder.getState().pending &&
        !(e.target instanceof Element && e.target.closest('dialog'))
      ) {
        e.preventDefault();
        cancelPending();
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (key !== 'z' && !redo) return;
      e.preventDefault();
      // With a preview open, the key cancels the preview only: the step before stays.
      if (useBuilder.getState().pending) return cancelPending();
      if (redo) useBuilder.getState().redo();
      else useBuilder.getState().undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type)
  );
}
