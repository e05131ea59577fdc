import type { TChannel } from "../journey/channels";

/** One Liquid text of a template's content, addressed by its dotted path (`subject`, `addressLines.1`, `headers.X-Key`). */
export interface TTemplateTextField {
  field: string;
  text: string;
}

/**
 * Keys that hold a choice rather than a text, so they are never rendered as Liquid. Everything
 * else that is a string is: a new field added to a channel's schema is rendered without an edit here.
 */
const NON_TEXT_KEYS: Partial<Record<TChannel, readonly string[]>> = { webhook: ["method"] };

/** Deep enough for every channel's content (webhook headers are the deepest: `headers.<name>`). */
const MAX_DEPTH = 3;

/** Every string of the content that is a Liquid template, in document order. Object keys are not rendered. */
export function templateTextFields(channel: TChannel, content: unknown): TTemplateTextField[] {
  const skip = new Set(NON_TEXT_KEYS[channel] ?? []);
  const fields: TTemplateTextField[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === "string") {
      fields.push({ field: path.join("."), text: value });
      return;
    }
    if (path.length >= MAX_DEPTH || value === null || typeof value !== "object") return;
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    for (const [key, item] of entries) {
      if (path.length === 0 && skip.has(key)) continue;
      walk(item, [...path, key]);
    }
  };
  walk(content, []);
  return fields;
}

/**
 * A copy of `content` with each text field replaced by `replace(field, text)`; non-text values
 * (the webhook method, …) are copied as they are.
 */
export function mapTemplateTextFields(channel: TChannel, content: unknown, replace: (field: string, text: string) => string): unknown {
  const skip = new Set(NON_TEXT_KEYS[channel] ?? []);
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === "string") return replace(path.join("."), value);
    if (path.length >= MAX_DEPTH || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)]));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, path.length === 0 && skip.has(key) ? item : walk(item, [...path, key])]));
  };
  return walk(content, []);
}
