/**
 * A runner process for the crash tests: ticks and dispatches at a fixed `now` until nothing is
 * left, recording every provider call as a JSON line in a file (the "provider" outlives the
 * process, as a real one would). The test SIGKILLs it at random moments.
 * Usage: node --import tsx tick-child.ts <nowIso> <callsFile> <workerId>
 */
import { appendFileSync } from "node:fs";
import { createDb } from "../../../db/client";
import type { TChannelAdapter } from "../../../channels/channel-adapter";
import { dispatchOutbox } from "../../../channels/dispatch-outbox";
import { tick } from "../tick";

const [nowIso = "", callsFile = "", workerId = "child"] = process.argv.slice(2);
const now = new Date(nowIso);
const db = createDb();
const fileRecorder: TChannelAdapter = {
  name: "file-recording",
  idempotent: true,
  async send(delivery) {
    appendFileSync(callsFile, `${JSON.stringify({ key: delivery.idempotencyKey, worker: workerId })}\n`);
    return { status: "sent", providerMessageId: `file:${delivery.idempotencyKey}` };
  },
};

async function main(): Promise<void> {
  process.stdout.write("ready\n");
  // Bounded, but far beyond what any test enqueues: the loop ends when nothing is left to do.
  for (let round = 0; round < 10_000; round++) {
    const ticked = await tick(db, { now, batchSize: 3, workerId, leaseMs: 400 });
    const dispatched = await dispatchOutbox(db, { now, batchSize: 3, adapterFor: () => fileRecorder, leaseMs: 400 });
    if (ticked.claimed === 0 && dispatched.attempted === 0) break;
  }
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
