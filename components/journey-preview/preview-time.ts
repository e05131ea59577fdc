/**
 * Times on the preview's virtual clock, as the timeline prints them: in the customer's zone (the
 * zone quiet hours and "9:00 their time" waits use), in UTC, and as an offset from the start.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows the IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** "Mon 2 Mar, 09:00" in `timeZone` (UTC when the zone is unknown). */
export function formatInZone(iso: string, timeZone: string): string {
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  return formatterFor(zone).format(new Date(iso));
}

/** The time in the customer's zone and in UTC: `{ local: "Mon 2 Mar, 09:00", zone, utc: "Mon 2 Mar, 14:00" }`. */
export function stepTimes(iso: string, timeZone: string | null): { local: string; zone: string; utc: string } {
  const zone = timeZone && isKnownTimeZone(timeZone) ? timeZone : "UTC";
  return { local: formatInZone(iso, zone), zone, utc: formatInZone(iso, "UTC") };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long after the start: "+0 min", "+45 min", "+1 h 30 min", "+1 d 2 h". */
export function formatOffset(startIso: string, atIso: string): string {
  // Rounded to the minute first, so 23 h 59 min 40 s reads "+1 d", never "+23 h 60 min".
  const totalMinutes = Math.round(Math.max(0, new Date(atIso).getTime() - new Date(startIso).getTime()) / MINUTE);
  const days = Math.floor(totalMinutes / (DAY / MINUTE));
  const hours = Math.floor((totalMinutes % (DAY / MINUTE)) / (HOUR / MINUTE));
  const minutes = totalMinutes % (HOUR / MINUTE);
  if (days > 0) return `+${days} d${hours > 0 ? ` ${hours} h` : ""}`;
  if (hours > 0) return `+${hours} h${minutes > 0 ? ` ${minutes} min` : ""}`;
  return `+${minutes} min`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO time as a `datetime-local` input's value, in the browser's zone ("" for none). */
export function toDateTimeLocal(iso: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (browser zone) as an ISO time; "" when blank or unreadable. */
export function fromDateTimeLocal(value: string): string {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}
