import { createDb } from "../../lib/db/client";
import { databaseUrl } from "../../lib/db/database-url";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { DEFAULT_DEMO_PROFILES, seedDemoWorkspace } from "./seed-demo-workspace";

export { seedDemoWorkspace, DEFAULT_DEMO_PROFILES, type TSeedCounts, type TSeedOptions, type TSeedResult } from "./seed-demo-workspace";
export { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE_SLUG, SANDBOX_WORKSPACE_SLUG, type TDemoUser } from "./demo-credentials";

/**
 * `npx tsx prisma/seed/index.ts [--profiles N]`: migrates the database named by DATABASE_URL (the
 * embedded SQLite file when unset), seeds the demo workspace and reports what it wrote.
 */
async function runSeed(argv: readonly string[]): Promise<void> {
  const started = performance.now();
  const url = databaseUrl();
  await applyMigrations(url);
  const db = createDb(url);
  try {
    const result = await seedDemoWorkspace(db, { profiles: profilesArgument(argv) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.created) {
      const counts = Object.entries(result.counts).map(([table, count]) => `${table} ${count.toLocaleString("en-GB")}`).join(", ");
      console.log(`seeded in ${seconds} s: ${counts}`);
    }
  } finally {
    await db.$disconnect();
  }
}

function profilesArgument(argv: readonly string[]): number {
  const at = argv.findIndex((arg) => arg === "--profiles" || arg.startsWith("--profiles="));
  if (at < 0) return DEFAULT_DEMO_PROFILES;
  const raw = argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--profiles needs a whole number, got "${raw ?? ""}"`);
  return value;
}

// Runs only as the entry script (tsx, CommonJS or ESM alike), never when imported by a test or a script.
if (/[\\/]prisma[\\/]seed(?:[\\/]index(?:\.[cm]?[tj]s)?)?$/.test(process.argv[1] ?? "")) {
  runSeed(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
