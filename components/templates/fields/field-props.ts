import type { TPreviewTemplateResponse } from "@/lib/message-templates/template-schemas";

/** What every channel's form gets: the content being edited and how to change it. */
export interface TChannelFieldsProps {
  content: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  readOnly: boolean;
  /** problems by field path (`body`, `addressLines.1`, `headers.X-Key`) */
  errors: Record<string, string>;
  /** the latest live preview, for counters that measure the message as sent */
  preview: TPreviewTemplateResponse | null;
  /** the preview is for older content: a fresh one is on its way */
  previewStale: boolean;
}

/** A text property of content that may have been stored by an older schema (absent or not a string reads as ""). */
export function textOf(content: Record<string, unknown>, key: string): string {
  const value = content[key];
  return typeof value === "string" ? value : "";
}

/** Sets one property; `undefined` removes it, so optional fields left blank are not stored as "". */
export function withField(content: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const next = { ...content };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * Props for one text field of the content: its value, a setter, read-only state and its error.
 * An optional field left blank is removed rather than stored as "".
 */
export function bindTextField({ content, onChange, readOnly, errors }: Pick<TChannelFieldsProps, "content" | "onChange" | "readOnly" | "errors">) {
  return (key: string, optional = false) => ({
    value: textOf(content, key),
    onChange: (value: string) => onChange(withField(content, key, optional && value === "" ? undefined : value)),
    readOnly,
    error: errors[key],
  });
}
