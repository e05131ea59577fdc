import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    setupFiles: ["lib/db/testing/setup-test-database.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which only bundlers resolve.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    // CI collects a JSON report per pass (see .ci/run and scripts/ci-summary.mjs).
    reporters: process.env.VITEST_JSON ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]] : ["default"],
    // Integration tests open real databases; keep them in separate forks.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
