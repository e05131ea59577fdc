import { createHash, randomBytes } from "node:crypto";

/** Keys are random 32-byte strings; only their SHA-256 is stored, so a leaked table reveals none. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key with a readable kind prefix: `wm_mgmt_…` or `wm_write_…`. */
export function generateApiKey(kind: "write" | "management"): string {
  return `wm_${kind === "write" ? "write" : "mgmt"}_${randomBytes(24).toString("base64url")}`;
}

/** What lists show of a key: its kind part and the first six random characters (`wm_write_Ab3dE9`). */
export function apiKeyPrefix(key: string): string {
  const kindEnd = key.startsWith("wm_") ? key.indexOf("_", 3) + 1 : 0;
  return key.slice(0, kindEnd + 6);
}
