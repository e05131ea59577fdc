import type { Prisma } from "./generated/sqlite/client";

/** Values validated as JSON-safe by zod, typed for Prisma's Json columns. */
export function asJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
