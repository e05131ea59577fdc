import { hkdfSync } from "node:crypto";
import { resolveAuthSecret } from "../auth/auth-secret";

// HKDF salt: separates these keys from any other use of the auth secret (sessions sign with it).
const SALT = "waymark/preference-token/v1";
const keys = new Map<string, Buffer>();
let processSecret: string | undefined;

/** The auth secret, resolved once per process: every rendered send signs links, so no file read each time. */
function defaultSecret(): string {
  processSecret ??= resolveAuthSecret();
  return processSecret;
}

/**
 * The HMAC key of one workspace's preference tokens, derived from the auth secret with HKDF-SHA256
 * (info = workspace id). A key per workspace means a token minted for one workspace can never be
 * replayed against another, even if payloads were ever confused. Cached per secret + workspace.
 */
export function tokenKey(workspaceId: string, secret: string = defaultSecret()): Buffer {
  const cacheKey = `${secret}\u0000${workspaceId}`;
  const cached = keys.get(cacheKey);
  if (cached) return cached;
  const key = Buffer.from(hkdfSync("sha256", secret, SALT, `workspace:${workspaceId}`, 32));
  if (keys.size > 1000) keys.clear();
  keys.set(cacheKey, key);
  return key;
}
