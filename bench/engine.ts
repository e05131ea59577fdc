/**
 * Engine benchmark (standalone; `npx tsx bench/engine.ts`): enrollment steps per second in
 * batches of 500, and tick time with 1k due among 10k vs 100k waiting (the ratio should stay near
 * 1: claiming uses the (state, wakeAt) index, not a scan). SQLite in a temp file; PostgreSQL too
 * when BENCH_PG_URL points at an empty database. Prints one line per figure.
 */
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { providerOf } from "../lib/db/database-url";
import { asJson } from "../lib/db/json";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { tick } from "../lib/engine/runner/tick";
import { emailThenSmsGraph } from "../lib/engine/runner/testing/runner-fixtures";

const T0 = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;

/** `waiting` enrollments parked on the wait node; `due` of them wake before `now`. */
async function seed(db: Db, waiting: number, due: number) {
  const workspace = await db.workspace.create({ data: { name: "bench", slug: `bench-${randomUUID()}` } });
  const workspaceId = workspace.id;
  const email = await db.template.create({ data: { workspaceId, name: "e", channel: "email", content: { subject: "Hi", html: "<p>Hi</p>", text: "Hi" } } });
  const sms = await db.template.create({ data: { workspaceId, name: "s", channel: "sms", content: { body: "Hi {{ profile.traits.first_name }}" } } });
  const graph = emailThenSmsGraph(email.id, sms.id);
  const journey = await db.journey.create({ data: { workspaceId, name: "bench", status: "live", draft: asJson(graph) } });
  const version = await db.journeyVersion.create({ data: { workspaceId, journeyId: journey.id, version: 1, graph: asJson(graph), settings: asJson({ frequencyCapExempt: false }) } });
  for (let start = 0; start < waiting; start += 2000) {
    const n = Math.min(2000, waiting - start);
    const profiles = Array.from({ length: n }, () => ({ id: randomUUID(), workspaceId, traits: { first_name: "Bench" }, timezone: "UTC" }));
    await db.profile.createMany({ data: profiles });
    await db.identity.createMany({ data: profiles.map((p) => ({ workspaceId, profileId: p.id, kind: "phone", value: `+1555${p.id.slice(0, 8)}` })) });
    await db.consent.createMany({ data: profiles.map((p) => ({ workspaceId, profileId: p.id, channel: "sms", status: "subscribed", source: "bench" })) });
    await db.enrollment.createMany({
      data: profiles.map((p, i) => ({
        workspaceId,
        journeyId: journey.id,
        versionId: version.id,
        profileId: p.id,
        state: "waiting",
        currentNodeId: "wait-1d",
        memory: asJson({ visits: { trigger: 1, email: 1, "wait-1d": 1 }, splits: {}, sends: {} }),
        enteredAt: T0,
        wakeAt: new Date(T0.getTime() + (start + i < due ? DAY : 30 * DAY)),
      })),
    });
  }
  return workspaceId;
}

async function measure(db: Db, label: string, waiting: number, due: number): Promise<number> {
  const workspaceId = await seed(db, waiting, due);
  const now = new Date(T0.getTime() + DAY + 60_000);
  const started = performance.now();
  const summary = await tick(db, { now, batchSize: 500, workerId: "bench", maxBatches: 1000, provider: providerOf(label) });
  const ms = performance.now() - started;
  console.log(`${providerOf(label)}: tick ${due} due among ${waiting} waiting: ${ms.toFixed(0)} ms, ${summary.stepped} steps, ${((summary.stepped / ms) * 1000).toFixed(0)} steps/s (batches of 500)`);
  await db.workspace.delete({ where: { id: workspaceId } });
  return ms;
}

async function run(url: string): Promise<void> {
  await applyMigrations(url);
  const db = createDb(url);
  const small = await measure(db, url, 10_000, 1_000);
  const large = await measure(db, url, Number(process.env.BENCH_LARGE ?? 100_000), 1_000);
  console.log(`${providerOf(url)}: tick time ratio 100k/10k waiting = ${(large / small).toFixed(2)}× (target ≤ 1.5×)`);
  await db.$disconnect();
}

async function main(): Promise<void> {
  await run(`file:${path.join(tmpdir(), `waymark-bench-${process.pid}.db`)}`);
  if (process.env.BENCH_PG_URL) await run(process.env.BENCH_PG_URL);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
