/**
 * Event → decision latency: one `POST /api/v1/track` per new person (write key, identity
 * resolution on) against a live journey that the event triggers and whose first node is an email.
 * The route answers after the enrolment and its first step committed, so the request's duration
 * is the latency from the event arriving to its outbox row existing; each row is checked.
 * 1,000 sequential events (BENCH_EVENTS) after 50 of warm-up; prints p50 / p99 / max.
 *
 *   npx tsx bench/latency.ts     SQLite in a temp file; PostgreSQL too when BENCH_PG_URL is set
 *
 * The route handler is called in-process (no Next.js build): the app's database client is a
 * process-wide singleton, so each database gets its own process with DATABASE_URL set first.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const WARM_UP = 50;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function measure(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { applyMigrations } = await import("../lib/db/migrations/apply-migrations");
  await applyMigrations(url);
  const { db } = await import("../lib/db/client");
  const { providerOf } = await import("../lib/db/database-url");
  const { createApiKey } = await import("../lib/api-keys/create-api-key");
  const { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } = await import("../lib/engine/runner/testing/runner-fixtures");
  const { POST } = await import("../app/api/v1/track/route");

  const world = await createRunnerWorkspace(db);
  const { journeyId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
  const key = await createApiKey(world.workspace.id, null, { kind: "write", name: "Latency bench" });
  const authorization = `Basic ${Buffer.from(`${key.key}:`).toString("base64")}`;
  const run = randomUUID().slice(0, 8);

  const send = async (i: number): Promise<number> => {
    const body = JSON.stringify({ userId: `lat-${run}-${i}`, event: "Signed Up", properties: { plan: "pro" }, context: { traits: { email: `lat-${run}-${i}@example.test`, first_name: "Ada" } }, messageId: randomUUID() });
    const request = new Request("http://bench.local/api/v1/track", { method: "POST", headers: { authorization, "content-type": "application/json" }, body });
    const started = performance.now();
    const response = await POST(request);
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`track answered ${response.status}: ${await response.text()}`);
    return ms;
  };

  for (let i = 0; i < WARM_UP; i++) await send(-1 - i);
  const latencies: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    latencies.push(await send(i));
    // Untimed check: the decision is in the outbox by the time the response is back.
    const rows = await db.message.count({ where: { journeyId, recipient: `lat-${run}-${i}@example.test` } });
    if (rows !== 1) throw new Error(`event ${i}: expected its outbox row once the response was back, found ${rows}`);
  }
  latencies.sort((a, b) => a - b);
  const provider = providerOf(url) === "postgresql" ? "PostgreSQL" : "SQLite";
  console.log(`${provider}: event → decision latency over ${EVENTS} sequential track calls (enrol + first step + outbox row): p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`);
  await db.$disconnect();
}

async function main(): Promise<void> {
  const target = process.env.LATENCY_DATABASE_URL;
  if (target) return measure(target);
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-latency-"));
  try {
    const child = (url: string) => spawnSync(process.execPath, ["--import", "tsx", import.meta.filename], { stdio: "inherit", env: { ...process.env, LATENCY_DATABASE_URL: url } });
    if (child(`file:${path.join(dir, "latency.db")}`).status !== 0) throw new Error("SQLite latency run failed");
    if (process.env.BENCH_PG_URL && child(process.env.BENCH_PG_URL).status !== 0) throw new Error("PostgreSQL latency run failed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
