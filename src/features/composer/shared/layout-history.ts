// Undo/redo over a panel's layouts, pure: each edit pushes the layout it replaced; a new edit after undoing drops
// the redo branch, as every editor does.
import type { PanelLayout } from './composer-contract';

export interface LayoutHistory {
  past: readonly PanelLayout[];
  present: PanelLayout;
  future: readonly PanelLayout[];
}

/** How many steps back the author can go; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

export function startHistory(present: PanelLayout): LayoutHistory {
  return { past: [], present, future: [] };
}

/** The history after an edit that made `next`; an edit that changed nothing adds no step. */
export function pushLayout(history: LayoutHistory, next: PanelLayout): LayoutHistory {
  if (next === history.present) return history;
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

export function canUndo(history: LayoutHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: LayoutHistory): boolean {
  return history.future.length > 0;
}

export function undo(history: LayoutHistory): LayoutHistory {
  if (!canUndo(history)) return history;
  const previous = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: LayoutHistory): LayoutHistory {
  if (!canRedo(history)) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next, future: rest };
}
