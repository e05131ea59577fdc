import clsx from "clsx";
import { FileSpreadsheet } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";

/** The job fields the list reads (GET /api/v1/jobs/:id). */
export type TImportRow = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  input: Record<string, unknown>;
  failed: number;
  result: Record<string, unknown>;
  error: string | null;
  createdAt: string;
};

const STATUS_STYLE: Record<TImportRow["status"], string> = {
  queued: "bg-slate-100 text-slate-700 ring-slate-200",
  running: "bg-brand-50 text-brand-700 ring-brand-100",
  succeeded: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
};

const count = (value: unknown) => (typeof value === "number" ? value.toLocaleString("en") : "—");

/** The workspace's recent imports with their status and counts. */
export function RecentImports({ imports }: { imports: readonly TImportRow[] }) {
  return (
    <section aria-labelledby="recent-imports" className="space-y-3">
      <h2 id="recent-imports" className="text-base font-semibold">
        Recent imports
      </h2>
      {imports.length === 0 ? (
        <div className="flex items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          <FileSpreadsheet className="size-6 shrink-0 text-slate-400" aria-hidden />
          No imports yet. Imports you and your team run appear here with what they created and which rows failed.
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2.5 font-medium">File</th>
                <th className="px-4 py-2.5 font-medium">Started</th>
                <th className="px-4 py-2.5 font-medium">Status</th>
                <th className="px-4 py-2.5 text-right font-medium">Rows</th>
                <th className="px-4 py-2.5 text-right font-medium">Created</th>
                <th className="px-4 py-2.5 text-right font-medium">Updated</th>
                <th className="px-4 py-2.5 text-right font-medium">Failed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {imports.map((job) => (
                <tr key={job.id} data-testid="import-row">
                  <td className="max-w-64 truncate px-4 py-2.5 font-medium text-slate-800">{typeof job.input.fileName === "string" ? job.input.fileName : "upload.csv"}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-slate-600">{formatDateTime(job.createdAt)}</td>
                  <td className="px-4 py-2.5">
                    <span title={job.error ?? undefined} className={clsx("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", STATUS_STYLE[job.status])}>
                      {job.status}
                    </span>
                  </td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{count(job.result.rows)}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{count(job.result.created)}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{count(job.result.updated)}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">
                    {job.failed > 0 ? (
                      <a className="font-medium text-amber-800 underline" href={`/api/v1/jobs/${job.id}/errors?format=csv`} download aria-label={`Download the ${job.failed} failed rows`}>
                        {job.failed.toLocaleString("en")}
                      </a>
                    ) : (
                      "0"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
