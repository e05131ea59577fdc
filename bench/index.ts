/** `npm run bench`: figures measured side by side and reported with ratios, never pass/fail. */
import { runEditorBench } from "./editor";

async function main(): Promise<void> {
  await runEditorBench();
  console.log("\n(The ingestion throughput benchmark arrives with Segment-compatible ingestion, issue 4.)");
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
