import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a generated local secret is kept when AUTH_SECRET is not set (beside the embedded DB). */
export const SECRET_FILE = path.join(process.cwd(), "data", ".auth-secret");

/**
 * AUTH_SECRET, or a random secret generated once and kept in data/.auth-secret, so a fresh
 * clone needs no .env. Deployments with several app instances must set AUTH_SECRET themselves.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env, file = SECRET_FILE): string {
  const fromEnv = env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (existsSync(/*turbopackIgnore: true*/ file)) {
    const stored = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (stored) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
