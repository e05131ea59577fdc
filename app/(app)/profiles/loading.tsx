/** Shown while the profile list or a search runs. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl space-y-4 p-8" aria-busy="true">
      <p className="text-sm text-slate-500">Loading profiles…</p>
      <div className="h-10 animate-pulse rounded-md bg-slate-100" />
      <div className="h-72 animate-pulse rounded-xl bg-slate-100" />
    </div>
  );
}
