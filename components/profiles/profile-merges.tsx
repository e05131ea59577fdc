import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { EmptyNote, ProfileSection } from "./profile-section";

/** The profiles merged into this one: which, into which, when, and the event that linked them. */
export function ProfileMerges({ merges }: { merges: TProfileDetail["merges"] }) {
  return (
    <ProfileSection id="merges" title="Merges" count={`(${merges.length})`}>
      {merges.length === 0 ? (
        <EmptyNote>No other profile was merged into this one. A merge happens when one event links identifiers of two profiles (say an anonymous visit and a sign-in).</EmptyNote>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {merges.map((m) => (
            <li key={`${m.mergedId}:${m.createdAt}`} className="px-5 py-2.5" data-testid="merge-row">
              <span className="font-mono text-xs text-slate-800">{m.mergedId}</span> merged into <span className="font-mono text-xs text-slate-800">{m.survivorId}</span>
              <span className="text-slate-500"> · {formatDateTime(m.createdAt)}{m.eventMessageId && <> · by event <span className="font-mono text-xs">{m.eventMessageId}</span></>}</span>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}
