import { createHmac } from "node:crypto";
import { tokenKey } from "./token-key";
import type { TPreferenceToken } from "./token-payload";

/** Domain separation: a MAC made for anything else can never pass as a preference token. */
export const TOKEN_MAC_PREFIX = "wm-pref-v1.";

/** HMAC-SHA256 of the encoded payload under the workspace's key. */
export function macOf(workspaceId: string, encodedPayload: string, secret?: string): Buffer {
  return createHmac("sha256", tokenKey(workspaceId, secret)).update(TOKEN_MAC_PREFIX + encodedPayload).digest();
}

/**
 * Signs a preference / unsubscribe token: `base64url(JSON payload) "." base64url(HMAC-SHA256)`.
 * Tokens do not expire — an unsubscribe link in a two-year-old email must still work (as mail
 * providers and RFC 8058 expect), and it can only ever lower what is sent to its own profile
 * or open that profile's preference page. `secret` defaults to the auth secret.
 */
export function signPreferenceToken(token: Omit<TPreferenceToken, "issuedAt"> & { issuedAt?: Date }, secret?: string): string {
  const payload = {
    v: 1,
    w: token.workspaceId,
    p: token.profileId,
    ...(token.channel ? { c: token.channel } : {}),
    ...(token.topicId ? { t: token.topicId } : {}),
    ...(token.messageKey ? { m: token.messageKey } : {}),
    i: Math.floor((token.issuedAt ?? new Date()).getTime() / 1000),
  };
  const encoded = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${encoded}.${macOf(token.workspaceId, encoded, secret).toString("base64url")}`;
}
