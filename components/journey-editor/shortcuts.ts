/**
 * Every keyboard shortcut of the editor, in one list: the key handler matches against it and the
 * `?` help dialog prints it, so the two cannot disagree.
 */
export type TShortcutId =
  | "undo"
  | "redo"
  | "redoAlt"
  | "copy"
  | "paste"
  | "duplicate"
  | "delete"
  | "deleteAlt"
  | "selectAll"
  | "clearSelection"
  | "save"
  | "layout"
  | "fit"
  | "issues"
  | "preview"
  | "help";

type TKeyMatch = { key: string; mod?: boolean; shift?: boolean };
export type TShortcut = { id: TShortcutId; keys: string; description: string; match: TKeyMatch };

export const SHORTCUTS: readonly TShortcut[] = [
  { id: "undo", keys: "Ctrl+Z", description: "Undo", match: { key: "z", mod: true, shift: false } },
  { id: "redo", keys: "Ctrl+Shift+Z", description: "Redo", match: { key: "z", mod: true, shift: true } },
  { id: "redoAlt", keys: "Ctrl+Y", description: "Redo", match: { key: "y", mod: true } },
  { id: "copy", keys: "Ctrl+C", description: "Copy the selected steps", match: { key: "c", mod: true } },
  { id: "paste", keys: "Ctrl+V", description: "Paste steps (with the connections between them)", match: { key: "v", mod: true } },
  { id: "duplicate", keys: "Ctrl+D", description: "Duplicate the selected steps", match: { key: "d", mod: true } },
  { id: "delete", keys: "Delete", description: "Delete the selected steps and connections", match: { key: "Delete" } },
  { id: "deleteAlt", keys: "Backspace", description: "Delete the selected steps and connections", match: { key: "Backspace" } },
  { id: "selectAll", keys: "Ctrl+A", description: "Select every step", match: { key: "a", mod: true } },
  { id: "clearSelection", keys: "Esc", description: "Clear the selection (shows journey settings)", match: { key: "Escape" } },
  { id: "save", keys: "Ctrl+S", description: "Save now (the draft also saves itself)", match: { key: "s", mod: true } },
  { id: "layout", keys: "Shift+L", description: "Auto-layout: tidy every step top to bottom", match: { key: "l", shift: true } },
  { id: "fit", keys: "Shift+1", description: "Zoom to fit the whole journey", match: { key: "!", shift: true } },
  { id: "issues", keys: "Shift+I", description: "Show or hide the issues panel", match: { key: "i", shift: true } },
  { id: "preview", keys: "Shift+P", description: "Preview a customer's path through this journey", match: { key: "p", shift: true } },
  { id: "help", keys: "?", description: "Show this list of shortcuts", match: { key: "?" } },
];

/** Pointer gestures, listed in the help dialog beside the keys. */
export const POINTER_GESTURES: readonly { keys: string; description: string }[] = [
  { keys: "Drag on empty canvas", description: "Select every step inside the box" },
  { keys: "Space + drag, or middle / right mouse drag", description: "Pan the canvas" },
  { keys: "Scroll", description: "Zoom in and out" },
  { keys: "Ctrl+click", description: "Add a step to the selection" },
  { keys: "Drop a palette step on a connection", description: "Insert it between the two steps" },
  { keys: "Drag from an output dot to a step", description: "Connect them (an output leads to one step)" },
];

/** The shortcut's keys as shown in a button's title: "Undo (Ctrl+Z)". */
export function withShortcut(label: string, id: TShortcutId): string {
  const shortcut = SHORTCUTS.find((s) => s.id === id);
  return shortcut ? `${label} (${shortcut.keys})` : label;
}

function matches(event: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">, match: TKeyMatch): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey || Boolean(match.mod) !== mod) return false;
  if (match.shift !== undefined && match.shift !== event.shiftKey) return false;
  // Shift+1 gives "!" on US keyboards but other characters elsewhere; the physical key decides.
  if (match.key === "!") return event.code === "Digit1";
  return event.key.toLowerCase() === match.key.toLowerCase();
}

/** The shortcut a key press means, if any. */
export function shortcutFor(event: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">): TShortcutId | undefined {
  return SHORTCUTS.find((s) => matches(event, s.match))?.id;
}

/** Whether the key press belongs to something the user is typing into, not to the canvas. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !== null;
}
