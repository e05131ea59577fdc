/**
 * A bounded undo history of immutable snapshots. Pure: every function returns a new history.
 * Snapshots are whole documents (cheap: unchanged nodes are shared between snapshots), so undo is
 * "show the previous snapshot", never an inverse operation that could drift.
 */
export type THistory<T> = {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** Merges rapid edits of one field (typing in the inspector) into a single step. */
  lastCoalesceKey?: string;
  lastCommitAt?: number;
};

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 100;
/** Edits with the same coalesce key closer together than this are one undo step. */
export const COALESCE_MS = 1000;

export function createHistory<T>(present: T): THistory<T> {
  return { past: [], present, future: [] };
}

export type TCommitOptions = { coalesceKey?: string; now?: number; limit?: number };

/**
 * Makes `next` the present. The previous present becomes undoable unless this edit continues the
 * previous one (same `coalesceKey` within `COALESCE_MS`). Redo is cleared, as in every editor.
 * Committing the present itself is a no-op.
 */
export function commit<T>(history: THistory<T>, next: T, options: TCommitOptions = {}): THistory<T> {
  if (next === history.present) return history;
  const now = options.now ?? Date.now();
  const limit = options.limit ?? HISTORY_LIMIT;
  const continues =
    options.coalesceKey !== undefined &&
    options.coalesceKey === history.lastCoalesceKey &&
    history.lastCommitAt !== undefined &&
    now - history.lastCommitAt < COALESCE_MS &&
    history.future.length === 0;
  const past = continues ? history.past : [...history.past, history.present].slice(-limit);
  return { past, present: next, future: [], lastCoalesceKey: options.coalesceKey, lastCommitAt: now };
}

/** One step back; the same history when there is nothing to undo. */
export function undo<T>(history: THistory<T>): THistory<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo<T>(history: THistory<T>): THistory<T> {
  const [next, ...rest] = history.future;
  if (history.future.length === 0) return history;
  return { past: [...history.past, history.present], present: next as T, future: rest };
}

export const canUndo = (history: THistory<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: THistory<unknown>): boolean => history.future.length > 0;
