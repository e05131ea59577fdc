const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type TNormalized = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * An email as an identifier: trimmed and lower-cased, so `Ada@Example.com ` and
 * `ada@example.com` are one person. null/undefined/"" mean "not given".
 */
export function normalizeEmail(value: unknown): TNormalized {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value !== "string") return { ok: false, message: "must be a string" };
  const email = value.trim().toLowerCase();
  if (!email) return { ok: true, value: null };
  if (email.length > 254 || !EMAIL.test(email)) return { ok: false, message: "is not a valid email address" };
  return { ok: true, value: email };
}
