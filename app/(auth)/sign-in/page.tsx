import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Waypoints } from "lucide-react";
import { auth } from "@/lib/auth/auth";
import { isDemoInstance } from "@/lib/workspaces/is-demo-instance";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const session = await auth();
  if (session?.user?.id && params.error !== "no-workspace") redirect("/journeys");
  const demo = await isDemoInstance();
  return (
    <main className="flex min-h-full items-center justify-center bg-gradient-to-br from-brand-50 via-white to-slate-100 p-6">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-brand-700">
          <Waypoints className="size-7" aria-hidden />
          <span className="text-2xl font-semibold tracking-tight">Waymark</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-lg font-semibold">Sign in</h1>
          <p className="mb-5 text-sm text-slate-600">Draw, preview and measure customer journeys.</p>
          {params.error === "no-workspace" && (
            <p role="alert" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Your account belongs to no workspace any more. Ask an admin to invite you again.
            </p>
          )}
          <SignInForm callbackUrl={params.callbackUrl ?? "/journeys"} />
        </div>
        {demo && (
          <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white/70 p-4 text-xs text-slate-600">
            <p className="mb-1 font-semibold text-slate-700">Demo workspace</p>
            <p>
              <code>admin@waymark.test</code>, <code>marketer@waymark.test</code> or <code>analyst@waymark.test</code>, password <code>waymark-demo</code>.
            </p>
          </div>
        )}
      </div>
    </main>
  );
}
