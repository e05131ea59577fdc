/**
 * The server Playwright starts: a fresh embedded database under .waymark/e2e, migrated and
 * seeded with a smaller demo workspace, served by the production build on E2E_PORT (3100).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), ".waymark", "e2e");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "waymark.db")}`;
process.env.WAYMARK_DEMO = "1";
process.env.WAYMARK_DEMO_PROFILES ??= "200";
process.env.AUTH_SECRET ??= "e2e-only-secret-not-for-production-000000";
// The engine spec moves the journey clock through POST /api/cron/tick; the e2e server is a
// production build, so the test clock must be forced. Ticks happen only when a test asks.
process.env.WAYMARK_TEST_CLOCK ??= "1";
process.env.WAYMARK_TEST_CLOCK_FORCE ??= "1";
process.env.WAYMARK_IN_PROCESS_TICK ??= "0";

async function main(): Promise<void> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` before the e2e tests");
  const { prepareDatabase } = await import("./lib/prepare-database");
  await prepareDatabase();
  const port = process.env.E2E_PORT ?? "3100";
  const next = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
