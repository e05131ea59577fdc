import type { TNormalized } from "./normalize-email";

const knownZones = new Map<string, boolean>();

/** An IANA time zone the runtime knows (`Europe/Paris`), for waits and quiet hours. */
export function normalizeTimezone(value: string | null | undefined): TNormalized {
  const zone = value?.trim();
  if (!zone) return { ok: true, value: null };
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    // the cache is bounded by the zones that exist plus a few hundred bad spellings
    if (knownZones.size < 2000) knownZones.set(zone, valid);
  }
  return valid ? { ok: true, value: zone } : { ok: false, message: "is not an IANA time zone such as Europe/Paris" };
}

const knownLocales = new Map<string, TNormalized>();

/** A BCP 47 locale in canonical form (`en-GB`); mobile SDKs' `en_GB` is accepted. */
export function normalizeLocale(value: string | null | undefined): TNormalized {
  const locale = value?.trim().replace(/_/g, "-");
  if (!locale) return { ok: true, value: null };
  const known = knownLocales.get(locale);
  if (known) return known;
  let result: TNormalized;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    result = { ok: true, value: canonical ?? null };
  } catch {
    result = { ok: false, message: "is not a locale such as en-GB" };
  }
  if (knownLocales.size < 2000) knownLocales.set(locale, result);
  return result;
}
