import { databaseUrl, isEmbeddedDefault } from "../../lib/db/database-url";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";

/**
 * Demo data goes only into the embedded default database (or where WAYMARK_DEMO=1 asks for
 * it), never into a database someone configured for production. WAYMARK_DEMO=0 turns it off.
 */
export function demoSeedWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.WAYMARK_DEMO === "0") return false;
  return env.WAYMARK_DEMO === "1" || isEmbeddedDefault(env);
}

/** Migrates the configured database and, where wanted, seeds the demo workspace (idempotent). */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const url = databaseUrl();
  const started = Date.now();
  const result = await applyMigrations(url);
  log(`database (${result.provider}): ${result.applied.length ? `applied ${result.applied.join(", ")}` : "up to date"} in ${Date.now() - started} ms`);
  if (!demoSeedWanted()) return;
  const { createDb } = await import("../../lib/db/client");
  const { seedDemoWorkspace } = await import("../../prisma/seed/index");
  const db = createDb(url);
  try {
    const profiles = process.env.WAYMARK_DEMO_PROFILES ? Number(process.env.WAYMARK_DEMO_PROFILES) : undefined;
    await seedDemoWorkspace(db, { profiles, log });
  } finally {
    await db.$disconnect();
  }
}
