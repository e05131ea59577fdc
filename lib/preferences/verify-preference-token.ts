import { timingSafeEqual } from "node:crypto";
import { macOf } from "./sign-preference-token";
import { MAX_TOKEN_LENGTH, ZTokenPayload, type TPreferenceToken } from "./token-payload";

/** Decodes base64url only when `text` is the canonical encoding of its bytes, so no two strings verify as one token. */
function decodeCanonical(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

/**
 * The token's meaning when its signature holds, else null (never throws: tokens come from the
 * internet). The MAC is compared in constant time; any change to the payload or the signature —
 * including re-encodings that decode to the same bytes — is refused. No expiry (see
 * signPreferenceToken).
 */
export function verifyPreferenceToken(token: string, secret?: string): TPreferenceToken | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [encoded = "", mac = ""] = parts;
  const payloadBytes = decodeCanonical(encoded);
  const macBytes = decodeCanonical(mac);
  if (!payloadBytes || !macBytes || macBytes.length !== 32) return null;
  let json: unknown;
  try {
    json = JSON.parse(payloadBytes.toString("utf8"));
  } catch {
    return null;
  }
  const parsed = ZTokenPayload.safeParse(json);
  if (!parsed.success) return null;
  const expected = macOf(parsed.data.w, encoded, secret);
  if (!timingSafeEqual(expected, macBytes)) return null;
  const { w, p, c, t, m, i } = parsed.data;
  return { workspaceId: w, profileId: p, ...(c ? { channel: c } : {}), ...(t ? { topicId: t } : {}), ...(m ? { messageKey: m } : {}), issuedAt: new Date(i * 1000) };
}
