import { stringify } from "csv-stringify/sync";
import type { Db } from "../db/client";
import { notFound } from "../errors";
import type { TJobError } from "./job-schemas";

/**
 * A page of a job's stored failed rows in row order, after row `after`. The job must belong
 * to the workspace: ids of other workspaces' jobs answer 404.
 */
export async function listJobErrors(db: Db, workspaceId: string, jobId: string, page: { after?: number | undefined; limit: number }): Promise<{ errors: TJobError[]; nextCursor: number | null }> {
  const job = await db.backgroundJob.findFirst({ where: { id: jobId, workspaceId }, select: { id: true } });
  if (!job) throw notFound(`job "${jobId}"`);
  const rows = await db.backgroundJobError.findMany({
    where: { jobId, ...(page.after !== undefined ? { row: { gt: page.after } } : {}) },
    orderBy: [{ row: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    select: { row: true, field: true, message: true },
  });
  const more = rows.length > page.limit;
  const errors = rows.slice(0, page.limit);
  return { errors, nextCursor: more ? (errors.at(-1)?.row ?? null) : null };
}

/** Failed rows as a CSV report people open in a spreadsheet: row, field, error. */
export function jobErrorsToCsv(errors: readonly TJobError[]): string {
  return stringify([["row", "field", "error"], ...errors.map((e) => [e.row, e.field ?? "", e.message])]);
}
