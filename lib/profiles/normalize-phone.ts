import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { TNormalized } from "./normalize-email";

/**
 * A phone number as an identifier, in E.164 (`+447911123456`). Numbers without a country code
 * are read in the workspace's default region. The full metadata set checks number patterns,
 * not just lengths, so a number that cannot be dialled is refused rather than stored.
 */
export function normalizePhone(value: unknown, defaultRegion: string): TNormalized {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value !== "string" && typeof value !== "number") return { ok: false, message: "must be a string" };
  const text = String(value).trim();
  if (!text) return { ok: true, value: null };
  if (text.length > 40) return { ok: false, message: "is not a valid phone number" };
  const phone = parsePhoneNumberFromString(text, defaultRegion as CountryCode);
  if (!phone?.isValid()) return { ok: false, message: `is not a valid phone number (numbers without a country code are read as ${defaultRegion})` };
  return { ok: true, value: phone.number };
}
