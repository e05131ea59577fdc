import { Eye } from "lucide-react";

/** Shown to analysts wherever others could edit. */
export function ReadOnlyBanner({ what }: { what: string }) {
  return (
    <div role="status" className="flex items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
      <Eye className="size-4 shrink-0" aria-hidden />
      <span>
        <strong className="font-semibold">Read-only.</strong> Your analyst role can view {what} and analytics; ask an admin or marketer to make changes.
      </span>
    </div>
  );
}
