/**
 * Ingestion throughput: events per second through the HTTP batch endpoint (100 events per
 * request, concurrent clients, dedupe and identity resolution on) next to the raw batched
 * insert rate of the same database on the same machine, and the ratio of the two. The goal
 * (≥ 20 %) is SQLite's; PostgreSQL is measured the same way when BENCH_PG_URL names an empty
 * database (`npm run bench` gives it one), its raw rate being 100-row multi-row INSERTs.
 *
 *   npx tsx bench/ingest.ts            (BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_USERS to tune)
 *
 * Each database gets its own process: the app's database client is a process-wide singleton,
 * so the benchmark points DATABASE_URL at the database before anything imports it.
 * The route handler is served by a plain node:http server (no Next.js build needed); the load
 * comes from a worker thread, so client-side JSON work does not share the server's event loop.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

export interface TIngestBenchOptions {
  /** batch requests to send (each carries eventsPerRequest events) */
  requests: number;
  eventsPerRequest: number;
  /** clients sending at once */
  concurrency: number;
  /** distinct people the events are about (identity resolution finds most of them again) */
  users: number;
}

export interface TIngestBenchResult {
  provider: "SQLite" | "PostgreSQL";
  events: number;
  httpSeconds: number;
  httpEventsPerSecond: number;
  rawEventsPerSecond: number;
  /** http / raw */
  ratio: number;
  p50Ms: number;
  p95Ms: number;
  statuses: Record<string, number>;
  profiles: number;
  identities: number;
  stored: number;
}

/** Parts of the HTTP run, each preceded by a raw run (see benchIngest). */
const SEGMENTS = 3;

/** Issue 4's goal: HTTP batch ingestion at ≥ 20 % of the raw batched INSERT rate on SQLite. */
export const GOAL = 0.2;

// 30,000 events: long enough that the figure is stable from run to run (≥ 20k)
const DEFAULTS: TIngestBenchOptions = { requests: 300, eventsPerRequest: 100, concurrency: 8, users: 5_000 };

/** A realistic request: mostly track calls by known users, some identifies and anonymous pages, a few repeats. */
function buildBodies(options: TIngestBenchOptions): string[] {
  const bodies: string[] = [];
  const sent: string[] = [];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const start = Date.UTC(2026, 10, 1);
  for (let r = 0; r < options.requests; r++) {
    const batch = Array.from({ length: options.eventsPerRequest }, (_, i) => {
      const user = Math.floor(random() * options.users);
      const roll = random();
      // about 2 % repeat an earlier messageId, as retrying clients do
      const messageId = sent.length > 0 && roll < 0.02 ? (sent[Math.floor(random() * sent.length)] as string) : randomUUID();
      sent.push(messageId);
      const timestamp = new Date(start + r * 60_000 + i * 100).toISOString();
      const context = { library: { name: "bench", version: "1" }, ip: "203.0.113.7", locale: "en-GB", timezone: "Europe/London" };
      if (roll < 0.1) return { type: "identify", messageId, userId: `user-${user}`, anonymousId: `anon-${user}`, timestamp, context, traits: { email: `user-${user}@example.com`, plan: random() < 0.5 ? "free" : "pro", visits: r } };
      if (roll < 0.2) return { type: "page", messageId, anonymousId: `anon-${user}`, name: "Product", timestamp, context, properties: { path: `/p/${user % 300}`, referrer: "https://search.example" } };
      return { type: "track", messageId, userId: `user-${user}`, event: random() < 0.7 ? "Product Viewed" : "Added To Cart", timestamp, context, properties: { sku: `sku-${user % 500}`, price: Math.round(random() * 10_000) / 100, currency: "GBP" } };
    });
    bodies.push(JSON.stringify({ batch, sentAt: new Date(start + r * 60_000 + 10_000).toISOString() }));
  }
  return bodies;
}

// The load generator, as plain JavaScript for a worker thread: a pool of fetch loops.
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { url, authorization, bodies, concurrency } = workerData;
  let next = 0;
  const latencies = [];
  const statuses = {};
  const started = performance.now();
  async function client() {
    while (next < bodies.length) {
      const body = bodies[next++];
      const t = performance.now();
      const response = await fetch(url, { method: "POST", headers: { authorization, "content-type": "application/json" }, body });
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
      statuses[response.status] = (statuses[response.status] || 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  parentPort.postMessage({ ms: performance.now() - started, latencies, statuses });
})();
`;

function load(url: string, authorization: string, bodies: string[], concurrency: number): Promise<{ ms: number; latencies: number[]; statuses: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { url, authorization, bodies, concurrency } });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Raw event rows like the HTTP run's, all of one profile, messageIds "raw-…". */
function rawRows(workspaceId: string, profileId: string, events: number): unknown[][] {
  const context = JSON.stringify({ library: { name: "bench", version: "1" }, ip: "203.0.113.7", locale: "en-GB", timezone: "Europe/London" });
  const now = new Date().toISOString();
  return Array.from({ length: events }, (_, i) => [randomUUID(), workspaceId, profileId, `raw-${randomUUID()}`, "track", "Product Viewed", JSON.stringify({ sku: `sku-${i % 500}`, price: 12.5, currency: "GBP" }), context, new Date(Date.UTC(2026, 10, 1) + i).toISOString(), now]);
}

const RAW_COLUMNS = `"id", "workspaceId", "profileId", "messageId", "type", "name", "properties", "context", "timestamp", "receivedAt"`;

/** The raw rate on SQLite: prepared INSERTs of the event rows, 100 per transaction, on the same database file. */
async function rawSqliteRate(file: string, workspaceId: string, events: number, perTransaction: number): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    const profileId = randomUUID();
    sqlite.prepare(`INSERT INTO "Profile" ("id", "workspaceId", "updatedAt") VALUES (?, ?, ?)`).run(profileId, workspaceId, new Date().toISOString());
    const insert = sqlite.prepare(`INSERT INTO "Event" (${RAW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const rows = rawRows(workspaceId, profileId, events);
    const writeBatch = sqlite.transaction((batch: unknown[][]) => {
      for (const row of batch) insert.run(...row);
    });
    const started = performance.now();
    for (let start = 0; start < rows.length; start += perTransaction) writeBatch(rows.slice(start, start + perTransaction));
    return events / ((performance.now() - started) / 1000);
  } finally {
    sqlite.close();
  }
}

/** The raw rate on PostgreSQL: one multi-row INSERT of 100 event rows per statement (its own transaction), one connection. */
async function rawPostgresRate(url: string, workspaceId: string, events: number, perStatement: number): Promise<number> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const profileId = randomUUID();
    await client.query(`INSERT INTO "Profile" ("id", "workspaceId", "updatedAt") VALUES ($1, $2, now())`, [profileId, workspaceId]);
    const rows = rawRows(workspaceId, profileId, events);
    const statement = (n: number) => `INSERT INTO "Event" (${RAW_COLUMNS}) VALUES ${Array.from({ length: n }, (_, r) => `(${Array.from({ length: 10 }, (_, c) => `$${r * 10 + c + 1}`).join(", ")})`).join(", ")}`;
    const full = statement(perStatement);
    const started = performance.now();
    for (let start = 0; start < rows.length; start += perStatement) {
      const batch = rows.slice(start, start + perStatement);
      await client.query({ name: batch.length === perStatement ? "raw-events" : undefined, text: batch.length === perStatement ? full : statement(batch.length), values: batch.flat() });
    }
    return events / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

/**
 * Runs the benchmark against `url` (an empty PostgreSQL database), or a fresh temporary SQLite
 * database that it removes afterwards.
 */
export async function benchIngest(overrides: Partial<TIngestBenchOptions> = {}, url?: string): Promise<TIngestBenchResult> {
  const options = { ...DEFAULTS, ...overrides };
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-bench-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = url ?? `file:${file}`;
  const provider = url ? "PostgreSQL" : "SQLite";
  const rawInsertRate = (workspaceId: string, events: number, perTransaction: number) => (url ? rawPostgresRate(url, workspaceId, events, perTransaction) : rawSqliteRate(file, workspaceId, events, perTransaction));
  if ((globalThis as { waymarkDb?: unknown }).waymarkDb) throw new Error("bench/ingest.ts must run in its own process (the database client is already open)");
  const { applyMigrations } = await import("../lib/db/migrations/apply-migrations");
  await applyMigrations(process.env.DATABASE_URL);
  const { db } = await import("../lib/db/client");
  const { createApiKey } = await import("../lib/api-keys/create-api-key");
  const { POST } = await import("../app/api/v1/batch/route");
  const { serveRouteHandlers } = await import("../lib/profiles/testing/serve-route-handlers");
  const server = await serveRouteHandlers({ "/api/v1/batch": { POST } });
  try {
    const workspace = await db.workspace.create({ data: { name: "Bench", slug: `bench-${randomUUID()}`, settings: { create: { defaultRegion: "GB" } } } });
    const events = options.requests * options.eventsPerRequest;
    const key = await createApiKey(workspace.id, null, { kind: "write", name: "Bench" });
    const authorization = `Basic ${Buffer.from(`${key.key}:`).toString("base64")}`;
    const url = `${server.url}/api/v1/batch`;
    // warm-up: JIT, prepared statements, the first profiles
    await load(url, authorization, buildBodies({ ...options, requests: 20 }).map((b) => b.replaceAll("user-", "warm-").replaceAll("anon-", "warmanon-")), options.concurrency);
    // the raw runs write into the same table (messageIds "raw-…"): count the HTTP run's events only
    const httpEvents = () => db.event.count({ where: { workspaceId: workspace.id, NOT: { messageId: { startsWith: "raw-" } } } });
    const warmEvents = await httpEvents();

    // The HTTP run goes in SEGMENTS parts with a raw run before each and one after, averaged:
    // other load on the machine drifts, and a ratio of two moments would measure the drift.
    const bodies = buildBodies(options);
    const raws: number[] = [];
    const run = { ms: 0, latencies: [] as number[], statuses: {} as Record<string, number> };
    const per = Math.ceil(bodies.length / SEGMENTS);
    for (let start = 0; start < bodies.length; start += per) {
      const part = bodies.slice(start, start + per);
      raws.push(await rawInsertRate(workspace.id, part.length * options.eventsPerRequest, options.eventsPerRequest));
      const segment = await load(url, authorization, part, options.concurrency);
      run.ms += segment.ms;
      run.latencies.push(...segment.latencies);
      for (const [status, n] of Object.entries(segment.statuses)) run.statuses[status] = (run.statuses[status] ?? 0) + n;
    }
    const stored = (await httpEvents()) - warmEvents;
    const profiles = await db.profile.count({ where: { workspaceId: workspace.id } });
    const identities = await db.identity.count({ where: { workspaceId: workspace.id } });
    const latencies = [...run.latencies].sort((a, b) => a - b);
    const httpEventsPerSecond = events / (run.ms / 1000);
    await db.$disconnect();
    raws.push(await rawInsertRate(workspace.id, Math.ceil(events / SEGMENTS), options.eventsPerRequest));
    const rawEventsPerSecond = raws.reduce((a, b) => a + b, 0) / raws.length;
    return {
      provider, events, httpSeconds: run.ms / 1000, httpEventsPerSecond, rawEventsPerSecond, ratio: httpEventsPerSecond / rawEventsPerSecond,
      p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), statuses: run.statuses, profiles, identities, stored,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as `npm run bench` prints them. */
export function formatIngestBench(result: TIngestBenchResult, options: TIngestBenchOptions = DEFAULTS): string {
  const rate = (n: number) => `${Math.round(n).toLocaleString("en-GB")} events/s`;
  const sqlite = result.provider === "SQLite";
  const raw = sqlite ? `prepared INSERT, ${options.eventsPerRequest} rows per transaction` : `multi-row INSERT of ${options.eventsPerRequest} rows per statement`;
  const verdict = sqlite ? `${result.ratio >= GOAL ? "PASS" : "FAIL"} (goal ≥ ${GOAL * 100} %)` : "(the goal is SQLite's)";
  return [
    `ingest (${result.provider}): ${result.events.toLocaleString("en-GB")} events in batches of ${options.eventsPerRequest}, ${options.concurrency} concurrent clients, ${options.users.toLocaleString("en-GB")} people`,
    `  HTTP batch endpoint (dedupe + identity resolution): ${rate(result.httpEventsPerSecond)}  (request p50 ${result.p50Ms.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms; statuses ${JSON.stringify(result.statuses)})`,
    `  raw batched INSERT, same database:                  ${rate(result.rawEventsPerSecond)}  (${raw}; mean of ${SEGMENTS + 1} runs interleaved with the HTTP run)`,
    `  ratio: ${(result.ratio * 100).toFixed(1)} % of raw — ${verdict}`,
    `  stored ${result.stored.toLocaleString("en-GB")} (repeats dropped), ${result.profiles.toLocaleString("en-GB")} profiles, ${result.identities.toLocaleString("en-GB")} identities`,
  ].join("\n");
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** SQLite in this process's child, then PostgreSQL in another when BENCH_PG_URL is set. */
async function main(): Promise<void> {
  const options: TIngestBenchOptions = {
    ...DEFAULTS,
    ...Object.fromEntries(Object.entries({ requests: envNumber("BENCH_REQUESTS"), concurrency: envNumber("BENCH_CONCURRENCY"), users: envNumber("BENCH_USERS") }).filter(([, v]) => v !== undefined)),
  };
  const target = process.env.INGEST_DATABASE_URL;
  if (target !== undefined) {
    console.log(formatIngestBench(await benchIngest(options, target || undefined), options));
    return;
  }
  const child = (url: string) => spawnSync(process.execPath, ["--import", "tsx", import.meta.filename], { stdio: "inherit", env: { ...process.env, INGEST_DATABASE_URL: url } });
  if (child("").status !== 0) throw new Error("SQLite ingest run failed");
  if (process.env.BENCH_PG_URL && child(process.env.BENCH_PG_URL).status !== 0) throw new Error("PostgreSQL ingest run failed");
}

if (process.argv[1]?.endsWith(path.join("bench", "ingest.ts"))) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
