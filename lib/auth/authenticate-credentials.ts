import { z } from "zod";
import { db } from "../db/client";
import { hashPassword, verifyPassword } from "./password";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** The user for an email + password pair, or null. Never says which of the two was wrong. */
export async function authenticateCredentials(input: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  dummyHash ??= hashPassword("waymark-timing-equaliser");
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyHash));
  return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
}
