import Link from "next/link";
import { DropReasonBadge } from "@/components/settings/identity/dropped-identifier-list";
import { formatDateTime } from "@/components/ui/format-date";
import { listDroppedIdentifiers } from "@/lib/profiles/list-dropped-identifiers";
import { EmptyNote, ProfileSection } from "./profile-section";

const KIND_LABELS: Record<string, string> = { userId: "User id", anonymousId: "Anonymous id", email: "Email", phone: "Phone", deviceId: "Device id" };

/** Newest first; a profile that keeps hitting a limit would otherwise fill the page. */
const SHOWN = 100;

/**
 * "Identifiers not attached": what this profile's events carried but the identity rules kept off
 * it (a conflict with another profile, a full kind) or that was not a valid email / phone, each
 * with its reason sentence, when, and the profile that holds it for a conflict. Loads its own
 * rows, so the profile page adds it in one line.
 */
export async function DroppedIdentifiers({ workspaceId, profileId }: { workspaceId: string; profileId: string }) {
  const rows = await listDroppedIdentifiers(workspaceId, { profileId, limit: SHOWN + 1 });
  const shown = rows.slice(0, SHOWN);
  return (
    <ProfileSection id="not-attached" title="Identifiers not attached" count={`(${rows.length > SHOWN ? `newest ${SHOWN}` : rows.length})`}>
      {shown.length === 0 ? (
        <EmptyNote>Every identifier this profile&apos;s events carried was attached. One that would break the workspace&apos;s identity rules, or an email or phone that is not one, would be listed here.</EmptyNote>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {shown.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 px-5 py-2.5" data-testid="not-attached-row">
              <span className="w-24 shrink-0">
                <DropReasonBadge reason={row.reason} />
              </span>
              <div className="min-w-0 flex-1">
                <p>
                  <span className="text-xs font-medium text-slate-500">{KIND_LABELS[row.kind] ?? row.kind}</span> <span className="font-mono text-xs [overflow-wrap:anywhere] text-slate-900">{row.value}</span>
                </p>
                <p className="text-slate-700">{row.detail}</p>
                <p className="text-xs text-slate-500">
                  {formatDateTime(row.at)} · event <span className="font-mono">{row.eventMessageId}</span>
                  {row.ownerProfileId && (
                    <>
                      {" · "}
                      <Link href={`/profiles/${row.ownerProfileId}`} className="text-brand-700 hover:underline">see the profile that holds it</Link>
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}
