/** `npm run bench`: figures measured side by side and reported with ratios. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { runEditorBench } from "./editor";
import { startThrowawayPostgres, type TThrowawayPostgres } from "./start-postgres";

// Each standalone benchmark runs in its own process with its own temporary database, so one
// benchmark's data and warm caches never colour another's figures. `pg`: the benchmark also runs
// on PostgreSQL when given BENCH_PG_URL (each gets a database of its own on the throwaway server).
const STANDALONE: { file: string; pg: boolean }[] = [
  { file: "engine.ts", pg: true },
  { file: "latency.ts", pg: true },
  { file: "ingest.ts", pg: true },
  { file: "import.ts", pg: false },
  { file: "preview.ts", pg: true },
];

function runStandalone(file: string, env: NodeJS.ProcessEnv): boolean {
  const script = path.join(import.meta.dirname, file);
  if (!existsSync(script)) return true;
  console.log(`\n── ${file} ──`);
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit", env });
  return result.status === 0;
}

/** BENCH_PG_URL when given; else a throwaway server on port 54340 when PostgreSQL is installed. */
async function postgresFor(): Promise<TThrowawayPostgres | null> {
  if (process.env.BENCH_PG_URL) return null;
  const started = await startThrowawayPostgres(54340);
  if ("skipped" in started) {
    console.log(`\n(PostgreSQL figures skipped: ${started.skipped})`);
    return null;
  }
  console.log("\n(PostgreSQL: throwaway server on 127.0.0.1:54340, stopped at the end)");
  return started;
}

async function main(): Promise<void> {
  await runEditorBench();
  const server = await postgresFor();
  const failed: string[] = [];
  try {
    for (const { file, pg } of STANDALONE) {
      const pgUrl = pg && server ? await server.createDatabase(`bench_${file.replace(".ts", "")}`) : pg ? process.env.BENCH_PG_URL : undefined;
      const env = { ...process.env, ...(pgUrl ? { BENCH_PG_URL: pgUrl } : {}) };
      if (!pg) delete env.BENCH_PG_URL;
      if (!runStandalone(file, env)) failed.push(file);
    }
  } finally {
    server?.stop();
  }
  if (failed.length) throw new Error(`${failed.join(", ")} failed`);
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
