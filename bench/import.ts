/**
 * CSV profile import: 100,000 generated rows through POST /api/v1/profiles/import (the route
 * handler, a file stream as the body), timed to the end of the background job, with the peak
 * RSS and heap growth next to the file size — the import streams, so memory stays far below the
 * file's size however large it grows.
 *
 *   npx tsx bench/import.ts            (BENCH_IMPORT_ROWS to change the row count)
 *
 * Runs in its own process against a fresh temporary SQLite database (see bench/ingest.ts).
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface TImportBenchResult {
  rows: number;
  fileBytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** CPU time of this process (user + system): the machine's other load does not inflate it */
  cpuSeconds: number;
  /** growth over the baseline taken before the upload */
  peakRssGrowth: number;
  /** live heap (sampled right after a full GC), so garbage awaiting collection does not count */
  peakHeapGrowth: number;
  result: Record<string, unknown>;
}

/** Writes `rows` people to a CSV file as a stream (the file is never built in memory). */
async function generateCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve())));
  await write("email,user_id,first_name,plan,orders,vip,address.city,address.country,email_consent,sms_consent,timezone\n");
  const plans = ["free", "pro", "team"];
  const cities = [["London", "GB", "Europe/London"], ["Paris", "FR", "Europe/Paris"], ["New York", "US", "America/New_York"], ["Berlin", "DE", "Europe/Berlin"]] as const;
  for (let i = 0; i < rows; i++) {
    const [city, country, zone] = cities[i % cities.length] as (typeof cities)[number];
    await write(`person-${i}@example.com,u-${i},Person ${i},${plans[i % 3]},${i % 50},${i % 7 === 0},${city},${country},${i % 4 ? "yes" : "no"},${i % 5 ? "" : "yes"},${zone}\n`);
  }
  out.end();
  await finished(out);
}

/** Runs the import benchmark against a fresh temporary SQLite database and removes it afterwards. */
export async function benchImport(rows: number): Promise<TImportBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-bench-import-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.WAYMARK_IMPORT_DIR = path.join(dir, "uploads");
  if ((globalThis as { waymarkDb?: unknown }).waymarkDb) throw new Error("bench/import.ts must run in its own process (the database client is already open)");
  const { applyMigrations } = await import("../lib/db/migrations/apply-migrations");
  await applyMigrations(process.env.DATABASE_URL);
  const { db } = await import("../lib/db/client");
  const { createTestManagementKey } = await import("../lib/db/testing/factories");
  const { postImport, waitForJob } = await import("../lib/profile-import/testing/import-fixtures");
  try {
    const workspace = await db.workspace.create({ data: { name: "Bench", slug: `bench-${randomUUID()}`, settings: { create: { defaultRegion: "GB" } } } });
    const key = await createTestManagementKey(workspace.id, "admin");
    const file = path.join(dir, "people.csv");
    await generateCsv(file, rows);
    const fileBytes = statSync(file).size;

    // a full GC before each heap sample: the live heap is what streaming keeps small
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      gc();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 500);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    const posted = await postImport(body, key, { fileName: "people.csv" });
    if (posted.status !== 202 || !posted.body.job) throw new Error(`import refused: ${posted.status} ${JSON.stringify(posted.body)}`);
    const job = await waitForJob(workspace.id, posted.body.job.id, 30 * 60_000);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    if (job.status !== "succeeded") throw new Error(`import failed: ${job.error}`);
    return { rows, fileBytes, seconds, rowsPerSecond: rows / seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssGrowth: peakRss - base.rss, peakHeapGrowth: peakHeap - base.heapUsed, result: job.result };
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The figures as `npm run bench` prints them. */
export function formatImportBench(r: TImportBenchResult): string {
  return [
    `profile import (SQLite): ${r.rows.toLocaleString("en-GB")} rows, a ${mb(r.fileBytes)} CSV through POST /api/v1/profiles/import (upload, job, identity resolution, consent)`,
    `  ${Math.round(r.rowsPerSecond).toLocaleString("en-GB")} rows/s  (${r.seconds.toFixed(1)} s end to end; ${r.cpuSeconds.toFixed(1)} s of CPU → ${Math.round(r.rows / r.cpuSeconds).toLocaleString("en-GB")} rows per CPU-second)`,
    `  peak growth over the start: live heap ${mb(r.peakHeapGrowth)}, RSS ${mb(r.peakRssGrowth)}  vs the file's ${mb(r.fileBytes)}`,
    `  result ${JSON.stringify(r.result)}`,
  ].join("\n");
}

if (process.argv[1]?.endsWith(path.join("bench", "import.ts"))) {
  const rows = Number(process.env.BENCH_IMPORT_ROWS) > 0 ? Number(process.env.BENCH_IMPORT_ROWS) : 100_000;
  benchImport(rows)
    .then((result) => {
      console.log(formatImportBench(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
