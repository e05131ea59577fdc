import { ZProfileImportQuery, ZProfileImportStarted } from "../profile-import/profile-import-schemas";
import { defineRoute } from "./define-route";
import { errors } from "./routes-journeys";

/** CSV import of profiles: upload the file, then follow the job (GET /api/v1/jobs/{id}). */
export const profileImportRoutes = [
  defineRoute({
    method: "post",
    path: "/api/v1/profiles/import",
    summary:
      "Import profiles from a CSV file sent as the raw body (content-type: text/csv, at most 50 MB). The header names the columns: identifiers (email, phone, user_id, anonymous_id, device_id — at least one per row), consent (email_consent or consent.email: subscribed / unsubscribed, yes / no, true / false, 1 / 0), timezone, locale; every other column is a trait (dotted names nest, numbers and true / false are typed, empty cells change nothing). Each row is written as an identify call (identity resolution, merges, consent rules) with messageId import:<jobId>:<line>. Answers 202 with the job at once; follow it with GET /api/v1/jobs/{id}; its result is { rows, imported, created, updated, merged, skipped } and refused rows are listed by line at /api/v1/jobs/{id}/errors",
    tag: "Profiles",
    permission: "journeys:write",
    query: ZProfileImportQuery,
    responses: {
      ...errors,
      202: { description: "the import job, queued", schema: ZProfileImportStarted },
      400: { description: "a header the import cannot follow (no identifier column, an unnamed or duplicate column), an empty file, or a form upload instead of the file; nothing was written" },
      413: { description: "the file is over the 50 MB limit" },
    },
  }),
];
