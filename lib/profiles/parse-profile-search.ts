import { invalid } from "../errors";
import type { TIdentityKind } from "./incoming-event";
import { normalizeEmail } from "./normalize-email";
import { normalizePhone } from "./normalize-phone";

/** What one search box entry asks for. */
export type TProfileSearch =
  /** an exact identifier, normalised as ingestion stores it */
  | { kind: "identifier"; identityKind: TIdentityKind; value: string }
  /** a trait equal to a value (text compare, case-insensitive; `true`/`false`/numbers as written) */
  | { kind: "trait"; key: string; value: string }
  /** anything else: a user / anonymous / device id, exactly, or a part of a name or email */
  | { kind: "text"; value: string };

/** Trait names a search may name: letters, digits, `_` and `-`, as the demo and most SDKs use. */
const TRAIT_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
/** Something a person would type as a phone number: digits with optional +, spaces, dots, dashes, brackets. */
const PHONE_LIKE = /^\+?[\d\s().-]{6,}$/;

/**
 * Reads `key:value` / `key=value` as a trait match; null when the text is not one. The key must
 * look like a trait name, so a URL or a time (`10:30`) is not taken for a trait.
 */
export function parseTraitMatch(text: string, path: string): { key: string; value: string } | null {
  const at = text.search(/[:=]/);
  if (at <= 0) return null;
  const key = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (!TRAIT_KEY.test(key) || /^\d/.test(key)) return null;
  if (!value) throw invalid(path, `give a value after "${key}${text[at]}" (e.g. ${key}:pro)`);
  return { key, value };
}

/**
 * Reads what someone typed into the profile search box: an email (any case, surrounding
 * spaces), a phone number in any format (read in the workspace's `defaultRegion`, as ingestion
 * does), a trait match `plan:pro` / `plan=pro`, or else a user id / anonymous id / device id /
 * name fragment. `path` names the parameter in errors (`query.q`). Empty text is "no search".
 */
export function parseProfileSearch(raw: string, defaultRegion: string, path = "query.q"): TProfileSearch | null {
  const text = raw.trim();
  if (!text) return null;
  if (text.length > 200) throw invalid(path, "must be at most 200 characters");
  // A valid email wins over a trait match: `=` and `:`-free local parts are the norm, and a
  // trait search for an address is written with spaces (`email = ada@example.com`).
  const email = text.includes("@") ? normalizeEmail(text) : null;
  if (email?.ok && email.value) return { kind: "identifier", identityKind: "email", value: email.value };
  const trait = parseTraitMatch(text, path);
  if (trait) return { kind: "trait", ...trait };
  if (email && !email.ok) throw invalid(path, email.message);
  if (PHONE_LIKE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6) {
    const phone = normalizePhone(text, defaultRegion);
    // A long digit string that is no valid number may still be someone's user id.
    if (phone.ok && phone.value) return { kind: "identifier", identityKind: "phone", value: phone.value };
  }
  return { kind: "text", value: text };
}
