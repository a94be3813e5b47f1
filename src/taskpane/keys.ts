/** The keyboard shortcuts that walk through the findings. */
export type WalkKey = 'next' | 'previous';

/**
 * The shortcuts, while the focus is in the pane: Alt+↓ / Alt+↑, and F8 / Shift+F8. Not while typing
 * in a field or choosing in a list (there Alt+↓ opens the list), nor in a dialog.
 */
export function walkKey(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'target'>): WalkKey | undefined {
  const target = e.target as Element | null;
  if (target?.closest?.('input, textarea, select, [role="combobox"], [role="listbox"], [role="spinbutton"], [role="dialog"], [role="menu"]')) return undefined;
  if (e.ctrlKey || e.metaKey) return undefined;
  if (e.altKey && !e.shiftKey && e.key === 'ArrowDown') return 'next';
  if (e.altKey && !e.shiftKey && e.key === 'ArrowUp') return 'previous';
  if (!e.altKey && e.key === 'F8') return e.shiftKey ? 'previous' : 'next';
  return undefined;
}
