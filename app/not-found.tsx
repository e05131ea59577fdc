import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-full flex-col items-center justify-center gap-3 p-10 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-slate-600">The link may be old, or the journey may live in another workspace.</p>
      <Link href="/journeys" className="mt-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Back to journeys
      </Link>
    </main>
  );
}
