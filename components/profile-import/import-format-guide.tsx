import { Download } from "lucide-react";
import { EXAMPLE_IMPORT_CSV, IMPORT_COLUMN_GUIDE } from "@/lib/profile-import/import-format";

/** The accepted columns, explained, with the example file to download. */
export function ImportFormatGuide() {
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_IMPORT_CSV)}`;
  return (
    <section aria-labelledby="import-format" className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 text-sm shadow-xs">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="import-format" className="text-base font-semibold">
          File format
        </h2>
        <a href={href} download="waymark-import-example.csv" className="inline-flex items-center gap-1.5 font-medium text-brand-700 hover:underline">
          <Download className="size-4" aria-hidden /> Download an example CSV
        </a>
      </div>
      <p className="text-slate-600">
        A CSV file (comma, semicolon or tab separated, UTF-8, up to 50 MB) whose first line names the columns. Each row is applied as an identify call: existing profiles are found by their identifiers and updated, new ones are
        created, and a newer value always wins over an older one.
      </p>
      <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {IMPORT_COLUMN_GUIDE.map((entry) => (
          <div key={entry.columns} className="grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-6">
            <dt className="font-mono text-xs leading-5 text-slate-800">{entry.columns}</dt>
            <dd className="text-slate-600">{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
