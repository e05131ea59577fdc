import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { jsonError } from "@/lib/http/json-error";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { ZProfileImportQuery } from "@/lib/profile-import/profile-import-schemas";
import { receiveImportUpload } from "@/lib/profile-import/receive-import-upload";
import { startProfileImport } from "@/lib/profile-import/start-profile-import";

/** The raw CSV file as the body → 202 { job } at once; the import runs as a background job. */
export const POST = apiRoute("journeys:write", async ({ request, principal }) => {
  const query = parseInput(ZProfileImportQuery, searchParamsOf(request), "query");
  const upload = await receiveImportUpload(request);
  if (!upload.ok) return jsonError(413, `body: the file is over the ${upload.limit / 1024 / 1024} MB limit per import; split it into smaller files`, { path: "body", limit: upload.limit });
  const { job } = await startProfileImport(db, { workspaceId: principal.workspaceId, createdById: principal.userId, fileName: query.fileName ?? request.headers.get("x-file-name"), file: upload.file, bytes: upload.bytes });
  return Response.json({ job }, { status: 202 });
});
