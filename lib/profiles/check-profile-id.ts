import { notFound } from "../errors";

/**
 * A profile id from a URL, or notFound: PostgreSQL refuses text with a NUL character outright
 * (an error, not "no rows"), and no stored id is longer than a few dozen characters, so such
 * ids cannot name a profile and must not reach the database as a 500.
 */
export function checkProfileId(id: string): string {
  if (id.length === 0 || id.length > 200 || id.includes("\u0000")) throw notFound("profile");
  return id;
}
