import { timingSafeEqual } from "node:crypto";
import type { TPrincipal } from "../../auth/principal";
import { DomainError } from "../../errors";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may drive the runner over HTTP: with CRON_SECRET set, a request bearing it (Vercel cron
 * sends `Authorization: Bearer $CRON_SECRET`); without it, only a signed-in admin, so a fresh
 * install is not an open trigger.
 */
export async function authorizeCron(request: Request, env: NodeJS.ProcessEnv, principal: () => Promise<TPrincipal | null>): Promise<void> {
  const secret = env.CRON_SECRET?.trim();
  if (secret) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization")?.trim() ?? "");
    if (match?.[1] && sameSecret(match[1], secret)) return;
    throw new DomainError("forbidden", "forbidden: send Authorization: Bearer <CRON_SECRET>");
  }
  const who = await principal();
  if (who?.role !== "admin" || who.kind !== "user") throw new DomainError("forbidden", "forbidden: CRON_SECRET is not set, so only a signed-in admin may run the tick");
}
