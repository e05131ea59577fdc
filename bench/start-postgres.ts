/**
 * A throwaway PostgreSQL server for `npm run bench`: initdb into a temp dir, start on a port, hand
 * out database URLs, stop and delete it at the end. Runs the server as the `postgres` user when the
 * bench runs as root (PostgreSQL refuses root), like .ci/run does.
 */
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type TThrowawayPostgres = { url(database: string): string; createDatabase(name: string): Promise<string>; stop(): void; logFile: string };

function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb")) && existsSync(path.join(root, v, "bin", "postgres")));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(root, newest, "bin") : null;
}

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await query(url, "select 1");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("the throwaway PostgreSQL server did not start within 30 s");
}

/** Starts the server, or returns why it cannot (no binaries, port taken); never throws for those. */
export async function startThrowawayPostgres(port = 54340, settings: readonly string[] = []): Promise<TThrowawayPostgres | { skipped: string }> {
  const bin = binDir();
  if (!bin) return { skipped: "no initdb/postgres under /usr/lib/postgresql/*/bin" };
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  try {
    await query(admin, "select 1");
    return { skipped: `port ${port} is already in use; set BENCH_PG_URL to benchmark an existing server` };
  } catch {
    // free: start ours
  }
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-bench-pg-"));
  const root = process.getuid?.() === 0;
  const asPostgres = (command: string) => (root ? ["su", ["postgres", "-s", "/bin/sh", "-c", command]] : ["/bin/sh", ["-c", command]]) as [string, string[]];
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const [initCmd, initArgs] = asPostgres(`${quote(path.join(bin, "initdb"))} -D ${quote(data)} --auth=trust -U postgres >/dev/null`);
  execFileSync(initCmd, initArgs, { stdio: "inherit" });
  const [cmd, args] = asPostgres(`exec ${quote(path.join(bin, "postgres"))} -D ${quote(data)} -h 127.0.0.1 -p ${port} -k ${quote(dir)} ${settings.map((s) => `-c ${quote(s)}`).join(" ")} >${quote(path.join(dir, "log"))} 2>&1`);
  spawn(cmd, args, { stdio: "ignore", detached: true }).unref();
  const stop = () => {
    const [stopCmd, stopArgs] = asPostgres(`${quote(path.join(bin, "pg_ctl"))} stop -D ${quote(data)} -m fast >/dev/null 2>&1`);
    try {
      execFileSync(stopCmd, stopArgs, { stdio: "ignore" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await waitUntilReady(admin);
  } catch (error) {
    stop();
    throw error;
  }
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      await query(admin, `CREATE DATABASE "${name}"`);
      return url(name);
    },
    stop,
    logFile: path.join(dir, "log"),
  };
}
