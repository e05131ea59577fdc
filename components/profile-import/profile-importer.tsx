"use client";

import clsx from "clsx";
import { FileUp, RotateCcw, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { JobProgress, type TJobView } from "@/components/ui/job-progress";
import { describeImportResult } from "./describe-import-result";

const MAX_BYTES = 50 * 1024 * 1024;
const SHOWN_ERRORS = 20;

type TRowError = { row: number; field: string | null; message: string };

const formatBytes = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Upload a CSV file (picker or drag and drop) with a real upload progress bar (XMLHttpRequest
 * reports bytes sent), then follow the import job's progress, and show the result and the first
 * failed rows with a link to the full error report.
 */
export function ProfileImporter() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [job, setJob] = useState<TJobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failedRows, setFailedRows] = useState<TRowError[] | null>(null);
  const [finished, setFinished] = useState<TJobView | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = (picked: File | undefined) => {
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_BYTES) {
      setError(`${picked.name} is ${formatBytes(picked.size)}; an import takes at most 50 MB. Split the file and import the parts.`);
      return;
    }
    setFile(picked);
  };

  const reset = () => {
    setFile(null);
    setSent(null);
    setJob(null);
    setError(null);
    setFailedRows(null);
    setFinished(null);
    if (input.current) input.current.value = "";
  };

  const upload = () => {
    if (!file) return;
    setError(null);
    setSent({ loaded: 0, total: file.size });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/profiles/import?fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (event) => setSent({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      let body: { job?: TJobView; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // a non-JSON answer (a proxy's error page) falls through to the generic message
      }
      if (xhr.status === 202 && body.job) {
        setSent({ loaded: file.size, total: file.size });
        setJob(body.job);
      } else {
        setSent(null);
        setError(body.error ?? `The upload was refused (HTTP ${xhr.status}).`);
      }
    };
    xhr.onerror = () => {
      setSent(null);
      setError("The upload broke off: check your connection and try again.");
    };
    xhr.send(file);
  };

  const onFinished = useCallback(
    async (done: TJobView) => {
      setFinished(done);
      router.refresh();
      if (done.failed === 0) return setFailedRows([]);
      const response = await fetch(`/api/v1/jobs/${done.id}/errors?limit=${SHOWN_ERRORS}`).catch(() => null);
      setFailedRows(response?.ok ? ((await response.json()) as { errors: TRowError[] }).errors : []);
    },
    [router],
  );

  const percent = sent ? Math.round((sent.loaded / Math.max(1, sent.total)) * 100) : 0;
  const busy = sent !== null && job === null;
  return (
    <section aria-labelledby="import-upload" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
      <h2 id="import-upload" className="text-base font-semibold">
        Upload a file
      </h2>
      {!job && (
        <div
          data-testid="import-drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            if (!busy) choose(event.dataTransfer.files[0]);
          }}
          className={clsx("flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors", dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50")}
        >
          <FileUp className="size-8 text-slate-400" aria-hidden />
          {file ? (
            <p className="text-sm">
              <span className="font-medium text-slate-900">{file.name}</span> <span className="text-slate-500">· {formatBytes(file.size)}</span>
            </p>
          ) : (
            <p className="text-sm text-slate-600">Drop a CSV file here, or choose one from your computer.</p>
          )}
          <div className="flex flex-wrap items-center justify-center gap-2">
            <label htmlFor="import-file" className={clsx("inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50", busy && "pointer-events-none opacity-50")}>
              {file ? "Choose another file" : "Choose a file"}
            </label>
            <input ref={input} id="import-file" type="file" accept=".csv,text/csv,text/plain" aria-label="CSV file" className="sr-only" disabled={busy} onChange={(event) => choose(event.target.files?.[0])} />
            {file && (
              <Button variant="primary" onClick={upload} disabled={busy}>
                <Upload className="size-4" aria-hidden /> Import profiles
              </Button>
            )}
          </div>
        </div>
      )}

      {sent && (
        <div className="space-y-1.5">
          <div className="flex justify-between text-sm">
            <span className="font-medium text-slate-800">{percent < 100 ? `Uploading ${file?.name ?? "the file"}` : "Uploaded"}</span>
            <span className="tabular-nums text-slate-600">
              {formatBytes(sent.loaded)} of {formatBytes(sent.total)} · {percent}%
            </span>
          </div>
          <div role="progressbar" aria-label="Upload" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-slate-100">
            <div className={clsx("h-full rounded-full transition-[width] duration-200", percent < 100 ? "bg-brand-500" : "bg-emerald-500")} style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}

      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}

      {job && <JobProgress initial={job} label={`Importing ${file?.name ?? "the file"}`} unit="KB" describeResult={describeImportResult} onFinished={onFinished} />}

      {failedRows && failedRows.length > 0 && finished && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">
            Failed rows{finished.failed > failedRows.length ? ` (first ${failedRows.length} of ${finished.failed.toLocaleString("en")})` : ""}
          </h3>
          <div className="overflow-x-auto rounded-lg border border-slate-200">
            <table aria-label="Failed rows" className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="px-3 py-2 font-medium">Line</th>
                  <th className="px-3 py-2 font-medium">Column</th>
                  <th className="px-3 py-2 font-medium">Problem</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {failedRows.map((row, i) => (
                  <tr key={`${row.row}-${i}`}>
                    <td className="px-3 py-2 tabular-nums">{row.row}</td>
                    <td className="px-3 py-2 font-mono text-xs">{row.field ?? "—"}</td>
                    <td className="px-3 py-2 text-slate-700">{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-500">Fix these lines in your file and import it again: rows that already went in are simply applied again.</p>
        </div>
      )}

      {finished && (
        <Button onClick={reset}>
          <RotateCcw className="size-4" aria-hidden /> Import another file
        </Button>
      )}
    </section>
  );
}
