import type { Metadata } from "next";
import Link from "next/link";
import { CheckCircle2, Search, Upload, UsersRound } from "lucide-react";
import { DeletedProfiles } from "@/components/profiles/deleted-profiles";
import { ProfileTable } from "@/components/profiles/profile-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { countProfiles } from "@/lib/profiles/count-profiles";
import { listProfileDeletions } from "@/lib/profiles/list-profile-deletions";
import type { TProfileSearch } from "@/lib/profiles/parse-profile-search";
import { searchProfiles } from "@/lib/profiles/search-profiles";

export const metadata: Metadata = { title: "Profiles" };

const PAGE_SIZE = 50;

/** "email ada@example.com", "trait plan = pro": how the search box entry was read. */
function describeSearch(search: TProfileSearch): string {
  if (search.kind === "identifier") return `${search.identityKind === "phone" ? "phone" : search.identityKind} ${search.value}`;
  if (search.kind === "trait") return `trait ${search.key} = ${search.value}`;
  return `“${search.value}” (user, anonymous or device id, or part of a name or email)`;
}

export default async function ProfilesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const raw = await searchParams;
  const pick = (key: string) => (typeof raw[key] === "string" ? raw[key] : "");
  const q = pick("q").trim();
  const cursor = pick("cursor");
  let result: Awaited<ReturnType<typeof searchProfiles>> | null = null;
  let error: string | null = null;
  try {
    result = await searchProfiles(workspaceId, { q: q || undefined, cursor: cursor || undefined, limit: PAGE_SIZE });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    error = e.message.replace(/^query\.(q|cursor): /, "");
  }
  const [deletions, total] = await Promise.all([listProfileDeletions(workspaceId), countProfiles(workspaceId)]);
  const canDelete = can(member.current.role, "journeys:write");
  const nextHref = result?.nextCursor ? `/profiles?${new URLSearchParams({ ...(q ? { q } : {}), cursor: result.nextCursor })}` : null;
  const profiles = result?.profiles ?? [];

  return (
    <div className="mx-auto max-w-6xl space-y-6 p-8">
      <PageHeader
        title="Profiles"
        description="Everyone your sources have told Waymark about: traits, identities, consent, events, journeys and messages, merged across devices."
        actions={
          canDelete ? (
            <Link href="/profiles/import" className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              <Upload className="size-4" aria-hidden /> Import CSV
            </Link>
          ) : undefined
        }
      />
      {pick("deleted") && (
        <p role="status" className="flex items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <CheckCircle2 className="size-4 shrink-0" aria-hidden /> Profile deleted with all its events, messages and identities. The deletion is recorded under “Deleted profiles” below.
        </p>
      )}
      <form method="get" role="search" aria-label="Profile search" className="space-y-1.5">
        <label htmlFor="profile-search" className="text-sm font-medium text-slate-700">Search profiles</label>
        <div className="flex gap-2">
          <div className="relative flex-1">
            <Search className="pointer-events-none absolute top-2.5 left-3 size-4 text-slate-400" aria-hidden />
            <input
              id="profile-search"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="ada@example.com · +44 7911 123456 · user id · name · plan:pro"
              aria-describedby="profile-search-help"
              className="block w-full rounded-md border border-slate-300 bg-white py-2 pr-3 pl-9 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/20 focus:outline-none"
            />
          </div>
          <button type="submit" className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">Search</button>
          {q && <Link href="/profiles" className="self-center px-1 text-sm text-brand-700 hover:underline">Clear</Link>}
        </div>
        <p id="profile-search-help" className="text-xs text-slate-500">
          An email (any case), a phone number in any format (without a country code it is read in the workspace’s region), a user, anonymous or device id, part of a name, or a trait match such as <code className="rounded bg-slate-100 px-1">plan:pro</code> or <code className="rounded bg-slate-100 px-1">country=FR</code>.
        </p>
      </form>

      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Cannot search for that: {error}. Try an email, a phone number with its country code, or <code>trait:value</code>.
        </p>
      ) : profiles.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-12 text-center">
          <UsersRound className="size-8 text-slate-400" aria-hidden />
          {result?.search ? (
            <>
              <p className="font-medium">No profile matches {describeSearch(result.search)}</p>
              <p className="max-w-md text-sm text-slate-600">Check the spelling, search by another identifier, or <Link href="/profiles" className="text-brand-700 hover:underline">list everyone</Link>.</p>
            </>
          ) : cursor ? (
            <>
              <p className="font-medium">No more profiles</p>
              <Link href="/profiles" className="text-sm text-brand-700 hover:underline">Back to the first page</Link>
            </>
          ) : (
            <>
              <p className="font-medium">No profiles yet</p>
              <p className="max-w-md text-sm text-slate-600">
                Send events with a write key (<Link href="/settings/api-keys" className="text-brand-700 hover:underline">Settings → API keys</Link>) from Segment’s or RudderStack’s SDKs, or <Link href="/profiles/import" className="text-brand-700 hover:underline">import a CSV</Link>.
              </p>
            </>
          )}
        </div>
      ) : (
        <>
          <ProfileTable
            profiles={profiles}
            caption={result?.search ? `${profiles.length}${nextHref ? "+" : ""} ${profiles.length === 1 && !nextHref ? "match" : "matches"} for ${describeSearch(result.search)}` : `${total.toLocaleString("en-GB")} ${total === 1 ? "profile" : "profiles"} · most recently seen first${cursor ? " (later page)" : ""}`}
          />
          <nav aria-label="Pages" className="flex justify-between text-sm">
            {cursor ? <Link href={q ? `/profiles?${new URLSearchParams({ q })}` : "/profiles"} className="text-brand-700 hover:underline">← First page</Link> : <span />}
            {nextHref && <Link href={nextHref} className="text-brand-700 hover:underline">Next page →</Link>}
          </nav>
        </>
      )}
      <DeletedProfiles total={deletions.total} deletions={deletions.deletions} />
    </div>
  );
}
