import { POST } from "@/app/api/v1/profiles/import/route";
import { db } from "../../db/client";
import { getJob } from "../../jobs/get-job";
import type { TJob } from "../../jobs/job-schemas";

/** Posts a CSV file (text or a stream) to the import route handler with a management key. */
export async function postImport(body: string | ReadableStream<Uint8Array>, key: string, options: { fileName?: string; contentType?: string; headers?: Record<string, string> } = {}) {
  const query = options.fileName ? `?fileName=${encodeURIComponent(options.fileName)}` : "";
  const request = new Request(`http://localhost/api/v1/profiles/import${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": options.contentType ?? "text/csv", ...options.headers },
    body,
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
  const response = await POST(request, { params: Promise.resolve({} as Record<string, never>) });
  return { status: response.status, body: (await response.json()) as { job?: TJob; error?: string; path?: string } };
}

/** Waits until a job has finished and returns it. */
export async function waitForJob(workspaceId: string, id: string, timeoutMs = 120_000): Promise<TJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await getJob(db, workspaceId, id);
    if (job.status === "succeeded" || job.status === "failed") return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Posts a CSV and waits for its import to end. */
export async function importCsv(csv: string, key: string, workspaceId: string): Promise<TJob> {
  const posted = await postImport(csv, key, { fileName: "test.csv" });
  if (posted.status !== 202 || !posted.body.job) throw new Error(`import refused: ${posted.status} ${JSON.stringify(posted.body)}`);
  return waitForJob(workspaceId, posted.body.job.id);
}
