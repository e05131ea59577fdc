import { open } from "node:fs/promises";
import { parse } from "csv-parse/sync";

/** The header must fit in the first 64 KB of the file. */
const HEAD_BYTES = 64 * 1024;

export type TCsvHeader = { ok: true; header: string[]; delimiter: string } | { ok: false; message: string };

/** The separator the first line uses most, outside quotes: `,` unless it is `;` (European Excel) or a tab. */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [char, count] of counts) if (count > (counts.get(best) ?? 0)) best = char;
  return best;
}

/**
 * Reads the header row of a CSV file on disk without reading the rest: the column names and the
 * separator. An empty file, or a first line that is not a CSV record, is refused.
 */
export async function readCsvHeader(file: string): Promise<TCsvHeader> {
  const handle = await open(file, "r");
  let text: string;
  let size: number;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    size = (await handle.stat()).size;
    text = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
  if (text.trim() === "") return { ok: false, message: "the file is empty: its first line must name the columns (email, phone, user_id, …)" };
  const newline = text.search(/\r?\n/);
  if (newline < 0 && size > HEAD_BYTES) return { ok: false, message: `the first line is longer than ${HEAD_BYTES / 1024} KB: is this a CSV file?` };
  const delimiter = detectDelimiter(newline < 0 ? text : text.slice(0, newline));
  try {
    const [header] = parse(text, { delimiter, to: 1, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return header ? { ok: true, header, delimiter } : { ok: false, message: "the file has no header row" };
  } catch (error) {
    return { ok: false, message: `the header row is not valid CSV: ${error instanceof Error ? error.message : String(error)}` };
  }
}
