import { notFound } from "../errors";

/**
 * An id from a URL, or notFound: PostgreSQL refuses text holding a NUL outright (an error, not
 * "no rows"), and no stored id is longer than a few dozen characters, so such an id names
 * nothing and must not reach the database as a 500.
 */
export function checkRowId(id: string, what: string): string {
  if (id.length === 0 || id.length > 200 || id.includes("\u0000")) throw notFound(what);
  return id;
}
