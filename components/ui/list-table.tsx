import clsx from "clsx";
import type { ReactNode } from "react";

export type TListColumn = {
  /** header text; with `hidden` it is read by screen readers only (an actions column) */
  label: string;
  hidden?: boolean;
  className?: string;
};

/**
 * The card-framed table the list pages share (journeys, segments, templates): a header row of
 * columns, then the rows the page renders. `fixed` keeps column widths from the header
 * (`table-fixed`); otherwise the table sizes to its content and scrolls sideways when narrow.
 */
export function ListTable({ columns, fixed = false, children }: { columns: readonly (TListColumn | false)[]; fixed?: boolean; children: ReactNode }) {
  return (
    <div className={clsx("rounded-xl border border-slate-200 bg-white shadow-xs", fixed ? "overflow-hidden" : "overflow-x-auto")}>
      <table className={clsx("w-full text-left text-sm", fixed && "table-fixed")}>
        <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((column) =>
              column ? (
                <th key={column.label} scope="col" className={clsx("px-4 py-3", column.className)}>
                  {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
