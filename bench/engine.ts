/**
 * Engine benchmark (standalone; `npx tsx bench/engine.ts`): enrollment steps per second in
 * batches of 500, and tick time with 1k due among 10k vs 1M waiting (BENCH_LARGE; the ratio must
 * stay ≤ 1.5×: claiming uses the (state, wakeAt) index, not a scan). SQLite in a temp file;
 * PostgreSQL too when BENCH_PG_URL points at an empty database. Prints one line per figure.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { providerOf, type TDbProvider } from "../lib/db/database-url";
import { asJson } from "../lib/db/json";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { tick } from "../lib/engine/runner/tick";
import { emailThenSmsGraph } from "../lib/engine/runner/testing/runner-fixtures";

const T0 = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;

const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * The seeding statements: one INSERT … SELECT per table over a generated series (a recursive CTE
 * on SQLite, generate_series on PostgreSQL), so a million rows are made by the database in one
 * transaction instead of a million JavaScript objects. Values are generated, never user input.
 */
function seedStatements(provider: TDbProvider, ids: { workspaceId: string; journeyId: string; versionId: string; tag: string }, waiting: number, due: number): string[] {
  const pg = provider === "postgresql";
  const ts = (value: string) => (pg ? `CAST(${value} AS TIMESTAMP)` : value);
  const json = (value: string) => (pg ? `CAST('${value}' AS JSONB)` : `'${value}'`);
  const from = pg ? `FROM generate_series(0, ${waiting - 1}) AS s(n)` : "FROM s";
  const series = pg ? "" : `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${waiting - 1}) `;
  const { workspaceId, journeyId, versionId, tag } = ids;
  const t0 = `'${iso(T0)}'`;
  const profile = `'p-${tag}-' || n`;
  const wake = `CASE WHEN n < ${due} THEN '${iso(new Date(T0.getTime() + DAY))}' ELSE '${iso(new Date(T0.getTime() + 30 * DAY))}' END`;
  const memory = json(JSON.stringify({ visits: { trigger: 1, email: 1, "wait-1d": 1 }, splits: {}, sends: {} }));
  return [
    `${series}INSERT INTO "Profile" ("id", "workspaceId", "traits", "timezone", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt") SELECT ${profile}, '${workspaceId}', ${json('{"first_name":"Bench"}')}, 'UTC', ${ts(t0)}, ${ts(t0)}, ${ts(t0)}, ${ts(t0)} ${from}`,
    `${series}INSERT INTO "Identity" ("id", "workspaceId", "profileId", "kind", "value", "createdAt") SELECT 'i-${tag}-' || n, '${workspaceId}', ${profile}, 'phone', '+1555${tag}' || n, ${ts(t0)} ${from}`,
    `${series}INSERT INTO "Consent" ("id", "workspaceId", "profileId", "channel", "status", "source", "updatedAt") SELECT 'c-${tag}-' || n, '${workspaceId}', ${profile}, 'sms', 'subscribed', 'bench', ${ts(t0)} ${from}`,
    `${series}INSERT INTO "Enrollment" ("id", "workspaceId", "journeyId", "versionId", "profileId", "state", "currentNodeId", "memory", "enteredAt", "wakeAt", "updatedAt") SELECT 'e-${tag}-' || n, '${workspaceId}', '${journeyId}', '${versionId}', ${profile}, 'waiting', 'wait-1d', ${memory}, ${ts(t0)}, ${ts(wake)}, ${ts(t0)} ${from}`,
  ];
}

/** `waiting` enrollments parked on the wait node (profiles reachable by SMS); `due` of them wake before `now`. */
async function seed(db: Db, provider: TDbProvider, waiting: number, due: number): Promise<{ workspaceId: string; seedMs: number }> {
  const workspace = await db.workspace.create({ data: { name: "bench", slug: `bench-${randomUUID()}` } });
  const workspaceId = workspace.id;
  const email = await db.template.create({ data: { workspaceId, name: "e", channel: "email", content: { subject: "Hi", html: "<p>Hi</p>", text: "Hi" } } });
  const sms = await db.template.create({ data: { workspaceId, name: "s", channel: "sms", content: { body: "Hi {{ profile.traits.first_name }}" } } });
  const graph = emailThenSmsGraph(email.id, sms.id);
  const journey = await db.journey.create({ data: { workspaceId, name: "bench", status: "live", draft: asJson(graph) } });
  const version = await db.journeyVersion.create({ data: { workspaceId, journeyId: journey.id, version: 1, graph: asJson(graph), settings: asJson({ frequencyCapExempt: false }) } });
  const started = performance.now();
  const statements = seedStatements(provider, { workspaceId, journeyId: journey.id, versionId: version.id, tag: randomUUID().slice(0, 8) }, waiting, due);
  await db.$transaction(async (tx) => {
    for (const sql of statements) await tx.$executeRawUnsafe(sql);
  }, { timeout: 600_000, maxWait: 60_000 });
  // Steady state, as autovacuum leaves a long-running database: statistics for the planner and no
  // vacuum of a million fresh rows starting in the middle of the timed tick (it did, and a commit
  // then outlived its 60 s transaction timeout on this shared machine).
  if (provider === "postgresql") {
    for (const table of ["Profile", "Identity", "Consent", "Enrollment"]) await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  }
  return { workspaceId, seedMs: performance.now() - started };
}

/** Puts the due enrollments back where the seed left them (and drops what their step wrote), for another timed tick. */
async function resetDue(db: Db, workspaceId: string): Promise<void> {
  await db.message.deleteMany({ where: { workspaceId } });
  await db.stepLog.deleteMany({ where: { workspaceId } });
  await db.enrollment.updateMany({
    where: { workspaceId, state: { not: "waiting" } },
    data: { state: "waiting", currentNodeId: "wait-1d", wakeAt: new Date(T0.getTime() + DAY), exitedAt: null, exitReason: null, memory: asJson({ visits: { trigger: 1, email: 1, "wait-1d": 1 }, splits: {}, sends: {} }) },
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Seeds `waiting` enrollments with `due` of them due, then times a tick that steps the due ones
 * (claim, contexts, step, render, commit) three times over — resetting them in between — and
 * returns the median: the machine is shared, and one tick of a second or two is easily disturbed.
 */
async function measure(db: Db, label: string, waiting: number, due: number, options: { cleanUp: boolean; quiet?: boolean; runs?: number }): Promise<number> {
  const provider = providerOf(label);
  const { workspaceId, seedMs } = await seed(db, provider, waiting, due);
  if (!options.quiet) console.log(`${provider}: seeded ${waiting.toLocaleString("en-GB")} waiting enrollments (profiles, identities, consents) in ${(seedMs / 1000).toFixed(1)} s`);
  const now = new Date(T0.getTime() + DAY + 60_000);
  const times: number[] = [];
  let stepped = 0;
  for (let run = 0; run < (options.runs ?? 3); run++) {
    if (run > 0) await resetDue(db, workspaceId);
    const started = performance.now();
    const summary = await tick(db, { now, batchSize: 500, workerId: "bench", maxBatches: 1000, provider });
    times.push(performance.now() - started);
    stepped = summary.stepped;
  }
  const ms = median(times);
  if (!options.quiet) {
    console.log(`${provider}: tick ${due} due among ${waiting.toLocaleString("en-GB")} waiting: ${ms.toFixed(0)} ms (median of ${times.map((t) => t.toFixed(0)).join(", ")}), ${stepped} steps, ${((stepped / ms) * 1000).toFixed(0)} steps/s (batches of 500)`);
  }
  // The large seed stays: its database is a temp file or a throwaway server, and a cascade over
  // millions of rows would take longer than the benchmark.
  if (options.cleanUp) await db.workspace.delete({ where: { id: workspaceId } });
  return ms;
}

async function run(url: string): Promise<void> {
  await applyMigrations(url);
  const db = createDb(url);
  const largeCount = Number(process.env.BENCH_LARGE ?? 1_000_000);
  // Warm-up (JIT, prepared statements, template cache), not reported: the first tick of a process
  // is several times slower and would flatter the ratio.
  await measure(db, url, 2_000, 1_000, { cleanUp: true, quiet: true, runs: 1 });
  const small = await measure(db, url, 10_000, 1_000, { cleanUp: true });
  const large = await measure(db, url, largeCount, 1_000, { cleanUp: false });
  const ratio = large / small;
  const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);
  console.log(`${providerOf(url)}: tick time ratio ${label(largeCount)}/10k waiting = ${ratio.toFixed(2)}× — ${ratio <= 1.5 ? "PASS" : "FAIL"} (target ≤ 1.5×)`);
  await db.$disconnect();
}

async function main(): Promise<void> {
  const file = path.join(tmpdir(), `waymark-bench-${process.pid}.db`);
  try {
    await run(`file:${file}`);
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  }
  if (process.env.BENCH_PG_URL) await run(process.env.BENCH_PG_URL);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
