/** Shown while a profile's sections load. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl space-y-4 p-8" aria-busy="true">
      <p className="text-sm text-slate-500">Loading the profile: traits, consent, journeys, messages and events…</p>
      <div className="h-16 animate-pulse rounded-md bg-slate-100" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-64 animate-pulse rounded-xl bg-slate-100" />
        <div className="h-64 animate-pulse rounded-xl bg-slate-100" />
      </div>
    </div>
  );
}
