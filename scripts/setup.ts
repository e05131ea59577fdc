/** `npm run setup`: migrate the database and seed the demo workspace (embedded default only). Idempotent. */
import { prepareDatabase } from "./lib/prepare-database";

prepareDatabase().catch((error) => {
  console.error(`setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
