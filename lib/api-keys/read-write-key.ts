/**
 * The write key a Segment-style client sent: HTTP Basic with the key as user name (Segment's
 * libraries send `base64("<key>:")`; any password is ignored, as Segment does) or
 * `Authorization: Bearer <key>`. Null when the header is absent or neither form.
 */
export function readWriteKey(authorization: string | null): string | null {
  const header = authorization?.trim();
  if (!header) return null;
  const match = /^(Basic|Bearer)\s+(\S+)$/i.exec(header);
  if (!match?.[1] || !match[2]) return null;
  if (match[1].toLowerCase() === "bearer") return match[2];
  const decoded = Buffer.from(match[2], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon === -1 ? decoded : decoded.slice(0, colon);
  return user.length > 0 ? user : null;
}
