const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "29 Nov 2026, 09:14 UTC": the same text on server and client (no hydration drift). */
export function formatDateTime(iso: string): string {
  return `${FORMAT.format(new Date(iso))} UTC`;
}
