import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type TBenchServer = { baseUrl: string; stop(): Promise<void> };

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The production build served on a free port against a throw-away SQLite database with a small
 * demo workspace (for its users), like the e2e server. Never touches `data/` or `.waymark/`.
 */
export async function startBenchServer(): Promise<TBenchServer> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("no production build found: run `npm run build` first (the benchmark measures the built app)");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "waymark.db")}`;
  process.env.WAYMARK_DEMO = "1";
  process.env.WAYMARK_DEMO_PROFILES = "50";
  process.env.AUTH_SECRET ??= "bench-only-secret-not-for-production-0000";
  // Imported after the environment is set: the database client reads DATABASE_URL on load.
  const { prepareDatabase } = await import("../../scripts/lib/prepare-database");
  await prepareDatabase(() => undefined);
  const port = await freePort();
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], { stdio: "ignore", env: process.env });
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(`${baseUrl}/sign-in`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
