import type { TChannel } from "../journey/channels";
import type { TPreferenceLinks } from "./preference-links";

/**
 * Rendered email content with the RFC 2369 / RFC 8058 headers mail providers require for one-click
 * unsubscribe (Gmail and Yahoo bulk-sender rules): `List-Unsubscribe: <url>` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Headers already in the content are kept
 * unless they are these two. Other channels have no headers and come back unchanged.
 */
export function withUnsubscribeHeaders(channel: TChannel, rendered: Record<string, unknown>, links: TPreferenceLinks): Record<string, unknown> {
  if (channel !== "email") return rendered;
  const existing = rendered.headers && typeof rendered.headers === "object" && !Array.isArray(rendered.headers) ? (rendered.headers as Record<string, unknown>) : {};
  return { ...rendered, headers: { ...existing, "List-Unsubscribe": `<${links.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}
