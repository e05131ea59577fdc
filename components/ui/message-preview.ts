/** Badge colours of an outbox message's status (pending, sent, failed, unknown, skipped …). */
export const MESSAGE_STATUS_STYLES: Record<string, string> = {
  sent: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  pending: "bg-sky-50 text-sky-700 ring-sky-200",
  sending: "bg-sky-50 text-sky-700 ring-sky-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
  unknown: "bg-amber-50 text-amber-800 ring-amber-200",
  skipped: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** The fields worth a first glance, whatever the channel: subject or title, then the body as text. */
export function previewMessage(content: Record<string, unknown>): { headline: string; body: string } {
  const text = (key: string) => (typeof content[key] === "string" ? (content[key] as string) : "");
  const headline = text("subject") || text("title") || text("headline");
  const body = text("text") || text("body") || text("html").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return { headline, body };
}
