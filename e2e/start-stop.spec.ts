import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The quick start's server as an operator runs it: `npm start` (the built app), stopped by a
 * SIGTERM to exactly the process that command started, as systemd or a container runtime sends
 * it. It must end with 0 and leave nothing listening (before, npm exited 143 and left Next.js
 * running, holding the port).
 */

const PORT = String(Number(process.env.E2E_PORT ?? "3100") + 71);

function descendantsOf(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n").map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const parent = queue.shift();
    for (const [child, ppid] of rows) {
      if (ppid !== parent || found.includes(child)) continue;
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test("npm start stops cleanly on SIGTERM: exit 0, no server left behind", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-start-"));
  const child = spawn("npm", ["start"], { env: { ...process.env, PORT, DATABASE_URL: `file:${path.join(dir, "waymark.db")}`, WAYMARK_DEMO: "0", NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  try {
    await expect.poll(async () => (await request.get(`http://localhost:${PORT}/sign-in`).catch(() => null))?.status() ?? 0, { timeout: 90_000, intervals: [500] }).toBe(200);
    const family = descendantsOf(child.pid as number);
    expect(family.length).toBeGreaterThan(1); // the start script and the Next.js server under it
    process.kill(child.pid as number, "SIGTERM");
    const result = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
    expect(result, output).toEqual({ code: 0, signal: null });
    await expect.poll(() => family.filter(alive), { timeout: 5_000 }).toEqual([]);
    expect(await request.get(`http://localhost:${PORT}/sign-in`).then(() => "answered", () => "closed")).toBe("closed");
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
