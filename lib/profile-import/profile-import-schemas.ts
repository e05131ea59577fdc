import { z } from "zod";
import { ZJob } from "../jobs/job-schemas";

/** `POST /api/v1/profiles/import?fileName=`: the name shown in the list of imports. */
export const ZProfileImportQuery = z.object({
  fileName: z.string().trim().min(1, "must not be empty").max(255, "must be at most 255 characters").optional().meta({ description: "the file's name, shown in the list of imports (or send it in the X-File-Name header)" }),
});

/** What an import job's `result` holds when it ends (and while it runs). */
export const ZProfileImportResult = z.object({
  rows: z.number().int().meta({ description: "data rows in the file" }),
  imported: z.number().int().meta({ description: "rows written as identify calls" }),
  created: z.number().int().meta({ description: "new profiles" }),
  updated: z.number().int().meta({ description: "existing profiles the rows landed on" }),
  merged: z.number().int().meta({ description: "profiles merged into others because a row linked their identifiers" }),
  skipped: z.number().int().meta({ description: "rows refused; see GET /api/v1/jobs/{id}/errors" }),
});

export const ZProfileImportStarted = z.object({ job: ZJob });
