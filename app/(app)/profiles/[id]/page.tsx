import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Download, GitMerge } from "lucide-react";
import { ConsentTable } from "@/components/profiles/consent-table";
import { DeleteProfileButton } from "@/components/profiles/delete-profile-button";
import { DroppedIdentifiers } from "@/components/profiles/dropped-identifiers";
import { EventTimeline } from "@/components/profiles/event-timeline";
import { IdentitiesList } from "@/components/profiles/identities-list";
import { ProfileJourneys } from "@/components/profiles/profile-journeys";
import { ProfileMerges } from "@/components/profiles/profile-merges";
import { ProfileMessages } from "@/components/profiles/profile-messages";
import { ProfileRefusals } from "@/components/profiles/profile-refusals";
import { displayName, identityOf } from "@/components/profiles/profile-names";
import { ProfileSection } from "@/components/profiles/profile-section";
import { TraitsTable } from "@/components/profiles/traits-table";
import { formatDateTime } from "@/components/ui/format-date";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { getProfilePreferences } from "@/lib/preferences/get-profile-preferences";
import { getProfile } from "@/lib/profiles/get-profile";
import { listProfileEvents } from "@/lib/profiles/list-profile-events";
import { listProfileJourneys } from "@/lib/profiles/list-profile-journeys";
import { listProfileMessages } from "@/lib/profiles/list-profile-messages";
import { listProfileSegments } from "@/lib/profiles/list-profile-segments";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { deleteProfileAction } from "./actions";

export const metadata: Metadata = { title: "Profile" };

type TParams = Record<string, string | string[] | undefined>;

/** The profile, or: a merged-away id redirects to its survivor; an unknown id is a 404 page. */
async function loadProfile(workspaceId: string, id: string): Promise<TProfileDetail> {
  try {
    return await getProfile(workspaceId, id);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== "notFound") throw error;
    const mergedInto = error.details?.mergedInto;
    if (typeof mergedInto === "string") redirect(`/profiles/${mergedInto}?mergedFrom=${encodeURIComponent(id)}`);
    notFound();
  }
}

/** Safe page cursors from the URL: a bad one shows the first page rather than an error. */
async function safely<T>(read: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") return fallback();
    throw error;
  }
}

export default async function ProfilePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TParams> }) {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const { id } = await params;
  const raw = await searchParams;
  const pick = (key: string) => (typeof raw[key] === "string" && raw[key] ? raw[key] : undefined);
  const profile = await loadProfile(workspaceId, id);
  const eventsCursor = pick("events");
  const messagesCursor = pick("messages");
  const [preferences, journeys, segments, events, messages] = await Promise.all([
    getProfilePreferences(workspaceId, id),
    listProfileJourneys(workspaceId, id),
    listProfileSegments(workspaceId, id),
    safely(() => listProfileEvents(workspaceId, id, { cursor: eventsCursor, limit: 25 }), () => listProfileEvents(workspaceId, id, { limit: 25 })),
    safely(() => listProfileMessages(workspaceId, id, { cursor: messagesCursor, limit: 20 }), () => listProfileMessages(workspaceId, id, { limit: 20 })),
  ]);
  const href = (key: "events" | "messages", cursor: string | null, anchor: string) => {
    const next = new URLSearchParams();
    if (key !== "events" && eventsCursor) next.set("events", eventsCursor);
    if (key !== "messages" && messagesCursor) next.set("messages", messagesCursor);
    if (cursor) next.set(key, cursor);
    const query = next.toString();
    return `/profiles/${id}${query ? `?${query}` : ""}#${anchor}`;
  };
  const name = displayName(profile);
  const email = identityOf(profile, "email");
  const userId = identityOf(profile, "userId");
  const canManage = can(member.current.role, "journeys:write");
  const mergedFrom = pick("mergedFrom");

  return (
    <div className="mx-auto max-w-6xl space-y-6 p-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/profiles" className="text-brand-700 hover:underline">← Profiles</Link>
      </nav>
      {mergedFrom && (
        <p role="status" className="flex items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          <GitMerge className="size-4 shrink-0" aria-hidden /> Profile <span className="font-mono text-xs">{mergedFrom}</span> was merged into this one; you are seeing the merged profile.
        </p>
      )}
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-5">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {[email !== name ? email : null, userId ? `user id ${userId}` : null].filter(Boolean).join(" · ") || "No email or user id"}
          </p>
          <p className="mt-0.5 text-xs text-slate-500">
            <span className="font-mono">{profile.id}</span> · first seen {formatDateTime(profile.firstSeenAt)} · last seen {formatDateTime(profile.lastSeenAt)}
          </p>
        </div>
        {canManage && (
          <div className="flex items-center gap-2">
            <a href={`/api/v1/profiles/${profile.id}/export`} download className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              <Download className="size-4" aria-hidden /> Export JSON
            </a>
            <DeleteProfileButton profileId={profile.id} name={name} action={deleteProfileAction} />
          </div>
        )}
      </header>
      <nav aria-label="Sections" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {[["traits", "Traits"], ["identities", "Identities"], ["consent", "Consent"], ["segments", "Segments"], ["journeys", "Journeys"], ["messages", "Messages"], ["timeline", "Events"], ["merges", "Merges"]].map(([anchor, label]) => (
          <a key={anchor} href={`#${anchor}`} className="text-brand-700 hover:underline">{label}</a>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <TraitsTable traits={profile.traits} timestamps={profile.traitTimestamps} timezone={profile.timezone} locale={profile.locale} />
        <div className="space-y-6">
          <IdentitiesList identities={profile.identities} />
          <ProfileSection id="segments" title="Segments" count={`(${segments.length})`}>
            {segments.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-500">In no segment right now.</p>
            ) : (
              <ul className="flex flex-wrap gap-2 px-5 py-3">
                {segments.map((s) => (
                  <li key={s.segmentId} className="rounded-full bg-slate-100 px-2.5 py-1 text-xs text-slate-700" title={`since ${formatDateTime(s.enteredAt)}`}>{s.name}</li>
                ))}
              </ul>
            )}
          </ProfileSection>
        </div>
      </div>
      <ConsentTable consent={profile.consent} policies={preferences.policy} topics={preferences.topics} />
      <ProfileJourneys journeys={journeys} after={<ProfileRefusals workspaceId={workspaceId} profileId={profile.id} />} />
      <ProfileMessages messages={messages.messages} nextHref={messages.nextCursor ? href("messages", messages.nextCursor, "messages") : null} firstHref={messagesCursor ? href("messages", null, "messages") : null} />
      <EventTimeline events={events.events} nextHref={events.nextCursor ? href("events", events.nextCursor, "timeline") : null} firstHref={eventsCursor ? href("events", null, "timeline") : null} />
      <ProfileMerges merges={profile.merges} />
      <DroppedIdentifiers workspaceId={workspaceId} profileId={profile.id} />
    </div>
  );
}
