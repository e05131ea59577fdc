import { LiquidError } from "liquidjs";

/** A Liquid problem in one text field, positioned within that field (both 1-based). */
export interface TTemplateError {
  /** dotted path of the field in the content: `body`, `subject`, `addressLines.1` */
  field: string;
  line: number;
  column: number;
  message: string;
}

/** Limit breaches read as advice rather than as liquidjs internals. */
const FRIENDLY: readonly (readonly [RegExp, string])[] = [
  [/template render limit exceeded/i, "took too long to render; look for a loop over a huge range"],
  [/memory alloc limit exceeded/i, "uses too much memory; look for a loop over a huge range or a growing string"],
  [/parse length limit exceeded/i, "is too long to parse"],
];

/** The first line of a liquidjs message without its ", line:2, col:3" suffix (the position is reported apart). */
function cleanMessage(message: string): string {
  const first = (message.split("\n")[0] ?? "").replace(/,\s*line:\d+,\s*col:\d+\s*$/, "").trim();
  for (const [pattern, friendly] of FRIENDLY) if (pattern.test(first)) return friendly;
  return first || "invalid Liquid";
}

/**
 * A thrown liquidjs error as a positioned problem of `field`. Liquid errors carry the token they
 * stopped at, and each field is parsed on its own, so the token's position is within the field.
 */
export function toTemplateError(field: string, error: unknown): TTemplateError {
  // `is` checks a brand rather than the prototype: bundlers may load liquidjs twice (ESM and CJS).
  if (LiquidError.is(error)) {
    const [line = 1, column = 1] = error.token?.getPosition?.() ?? [];
    return { field, line, column, message: cleanMessage(error.message) };
  }
  return { field, line: 1, column: 1, message: cleanMessage(error instanceof Error ? error.message : String(error)) };
}

/** "line 2, column 7: undefined filter: upcasee", the form API errors and the editor show. */
export function describeTemplateError(error: TTemplateError): string {
  return `line ${error.line}, column ${error.column}: ${error.message}`;
}
