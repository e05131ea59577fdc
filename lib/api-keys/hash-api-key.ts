import { createHash, randomBytes } from "node:crypto";

/** Keys are random 32-byte strings; only their SHA-256 is stored, so a leaked table reveals none. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key with a readable kind prefix: `wm_mgmt_…` or `wm_write_…`. */
export function generateApiKey(kind: "write" | "management"): string {
  return `wm_${kind === "write" ? "write" : "mgmt"}_${randomBytes(24).toString("base64url")}`;
}
