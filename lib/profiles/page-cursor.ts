import { invalid } from "../errors";

/** Where a page ended: the sort time and id of its last row (keyset paging, stable under inserts). */
export interface TPageCursor {
  at: Date;
  id: string;
}

/** An opaque cursor for the next page. */
export function encodeCursor(cursor: TPageCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

/** Reads a cursor this API handed out; anything else is a 400 naming `query.cursor`. */
export function decodeCursor(text: string): TPageCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    const time = new Date(String(at));
    if (typeof at === "string" && typeof id === "string" && !id.includes("\u0000") && !Number.isNaN(time.getTime())) return { at: time, id };
  } catch {
    // fall through to the error
  }
  throw invalid("query.cursor", "is not a cursor this API returned");
}
