// Prisma 6 config for offline diffing only. `engine: "js"` with a driver adapter makes the CLI
// use its bundled WebAssembly schema engine instead of downloading a native one. The adapter is
// never asked to connect for --from/--to-schema-datamodel diffs, so an in-memory URL suffices.
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "./placeholder.prisma",
  async adapter() {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
