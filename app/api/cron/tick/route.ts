import { z } from "zod";
import { db } from "@/lib/db/client";
import { DomainError, invalid } from "@/lib/errors";
import { authenticateRequest } from "@/lib/http/authenticate-request";
import { jsonError } from "@/lib/http/json-error";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { authorizeCron } from "@/lib/engine/runner/authorize-cron";
import { runRunnerPass } from "@/lib/engine/runner/run-runner-pass";
import { testClockEnabled } from "@/lib/engine/runner/test-clock";

const ZTickBody = z.object({ now: z.iso.datetime({ offset: true }).optional() }).strict();

/** POST /api/cron/tick: one runner pass (segment entries and schedules, step due enrollments, deliver pending messages); returns what it did. */
export async function POST(request: Request): Promise<Response> {
  try {
    await authorizeCron(request, process.env, () => authenticateRequest(request));
    const body = parseInput(ZTickBody, await readJsonBody(request));
    if (body.now && !testClockEnabled()) throw invalid("now", "is accepted only with WAYMARK_TEST_CLOCK=1 (never in production)");
    return Response.json(await runRunnerPass(db, { now: body.now ? new Date(body.now) : new Date(), workerId: "cron" }));
  } catch (error) {
    if (error instanceof DomainError) return jsonError(error.kind === "forbidden" ? 403 : 400, error.message, error.path ? { path: error.path } : {});
    console.error("cron tick failed", error);
    return jsonError(500, "internal error: the tick failed; see the server log");
  }
}

/** Vercel cron calls GET. */
export const GET = POST;
