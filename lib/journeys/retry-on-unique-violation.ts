/** Prisma's code for a unique-constraint violation (also raised through the driver adapters). */
const UNIQUE_VIOLATION = "P2002";

/** Whether an error from Prisma is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/**
 * Runs `attempt` again when it fails on a unique constraint, up to `times` runs in all. For
 * writes that pick a free name or number first and then insert it: a concurrent request may
 * take the same one in between, and the next attempt sees it and picks another.
 */
export async function retryOnUniqueViolation<T>(attempt: () => Promise<T>, times = 3): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await attempt();
    } catch (error) {
      if (run >= times || !isUniqueViolation(error)) throw error;
    }
  }
}
