/** `npm run bench`: figures measured side by side and reported with ratios, never pass/fail. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { runEditorBench } from "./editor";

// Each standalone benchmark runs in its own process with its own temporary database, so one
// benchmark's data and warm caches never colour another's figures.
const STANDALONE = ["engine.ts", "ingest.ts", "import.ts"];

function runStandalone(file: string): boolean {
  const script = path.join(import.meta.dirname, file);
  if (!existsSync(script)) return true;
  console.log(`\n── ${file} ──`);
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit", env: process.env });
  return result.status === 0;
}

async function main(): Promise<void> {
  await runEditorBench();
  const failed = STANDALONE.filter((file) => !runStandalone(file));
  if (failed.length) throw new Error(`${failed.join(", ")} failed`);
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
