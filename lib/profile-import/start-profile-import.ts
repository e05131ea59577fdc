import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client";
import { invalid } from "../errors";
import { startJob, type TStartedJob } from "../jobs/start-job";
import { importProfilesCsv } from "./import-profiles-csv";
import { planImportColumns } from "./plan-import-columns";
import { readCsvHeader } from "./read-csv-header";
import { importDirectory } from "./receive-import-upload";

export interface TStartImportInput {
  workspaceId: string;
  createdById: string | null;
  fileName: string | null;
  /** the uploaded file on disk (receiveImportUpload); this import deletes it */
  file: string;
  bytes: number;
}

/** A file name fit for a list: the last path segment, printable, at most 120 characters. */
function displayName(name: string | null): string {
  const base = path.basename((name ?? "").replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (base || "upload.csv").slice(0, 120);
}

/** Uploads older than a day belong to imports whose server died mid-way: nothing will read them. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

async function sweepAbandonedUploads(now = Date.now()): Promise<void> {
  const dir = importDirectory();
  for (const name of await readdir(dir).catch(() => [])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > ABANDONED_AFTER_MS) await rm(file, { force: true });
  }
}

/**
 * Starts a profile import from an uploaded CSV file: checks the header first (a file the import
 * cannot follow is a 400 and nothing is written), then runs the import as a background job
 * (status, progress in KB read, failed rows, result) and answers at once. The file is deleted
 * when the job ends, whatever the outcome.
 */
export async function startProfileImport(db: Db, input: TStartImportInput): Promise<TStartedJob> {
  await sweepAbandonedUploads();
  try {
    const header = await readCsvHeader(input.file);
    if (!header.ok) throw invalid("body", header.message);
    const plan = planImportColumns(header.header);
    if (!plan.ok) throw invalid("header", plan.message);
    const settings = await db.workspaceSettings.findUnique({ where: { workspaceId: input.workspaceId }, select: { defaultRegion: true } });
    const fileName = displayName(input.fileName);
    const at = new Date();
    return await startJob(db, { workspaceId: input.workspaceId, kind: "profileImport", input: { fileName, bytes: input.bytes }, total: Math.ceil(input.bytes / 1024), createdById: input.createdById }, async (reporter) => {
      try {
        const result = await importProfilesCsv({ workspaceId: input.workspaceId, jobId: reporter.jobId, file: input.file, bytes: input.bytes, fileName, delimiter: header.delimiter, columns: plan.columns, defaultRegion: settings?.defaultRegion ?? "US", at }, reporter);
        return { ...result };
      } finally {
        await rm(input.file, { force: true });
      }
    });
  } catch (error) {
    await rm(input.file, { force: true });
    throw error;
  }
}
