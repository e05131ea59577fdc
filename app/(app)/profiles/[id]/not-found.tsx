import Link from "next/link";

/** An id that names no profile of this workspace (deleted, mistyped, or another workspace's). */
export default function ProfileNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 p-12 text-center">
      <h1 className="text-xl font-semibold text-slate-900">Profile not found</h1>
      <p className="text-sm text-slate-600">It may have been deleted (see “Deleted profiles” on the profiles page), or it belongs to another workspace.</p>
      <Link href="/profiles" className="inline-block text-sm text-brand-700 hover:underline">← Back to profiles</Link>
    </div>
  );
}
