/**
 * Workspace data the editor needs beside the journey: message templates (message steps pick one)
 * and segments (triggers and conditions name them). Loaded by the page, read-only in the editor.
 */
export type TWorkspaceLookups = {
  templates: { id: string; name: string; channel: string }[];
  segments: { id: string; name: string }[];
  /** Active subscription topics a message step may belong to. */
  topics?: { id: string; name: string }[];
};
