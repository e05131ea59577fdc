/**
 * `npm start`: migrate (+ demo seed on the embedded database), then serve the built app on
 * PORT (default 3000). One Node process runs Next.js so signals stop it cleanly.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { resolveAuthSecret } from "../lib/auth/auth-secret";
import { prepareDatabase } from "./lib/prepare-database";

async function main(): Promise<void> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first (or `npm run dev` for development).");
    process.exit(1);
  }
  await prepareDatabase();
  const port = process.env.PORT ?? "3000";
  const env = { ...process.env, AUTH_SECRET: resolveAuthSecret(), PORT: port };
  const next = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port], { stdio: "inherit", env });
  // A stop asked of this process is passed on; Next.js then ends with 128 + the signal's number,
  // which for the operator who asked is a clean stop (exit 0), not a failure.
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      next.kill(signal);
    });
  }
  next.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 1)));
}

main().catch((error) => {
  console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
