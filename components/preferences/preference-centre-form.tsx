import { PreferenceToggle } from "./preference-toggle";

export interface TCentreView {
  maskedEmail: string | null;
  channels: { channel: string; label: string; hint: string; subscribed: boolean }[];
  topics: { id: string; name: string; description: string; subscribed: boolean }[];
}

/** What the page says after a save, if anything. */
export type TCentreNotice = "saved" | "unsubscribedAll" | "preview" | null;

const NOTICES: Record<Exclude<TCentreNotice, null>, string> = {
  saved: "Your preferences are saved.",
  unsubscribedAll: "You are unsubscribed from everything. You can turn anything back on here at any time.",
  preview: "Preview with a sample customer: this is what customers see, and nothing you change here is saved.",
};

/**
 * The preference centre's form: a switch per channel and per topic, Save, and "Unsubscribe from
 * all". A plain form POST to `action` (no JavaScript needed); the server redirects back with the
 * notice to show.
 */
export function PreferenceCentreForm({ view, action, method = "post", notice, companyName }: { view: TCentreView; action: string; method?: "post" | "get"; notice: TCentreNotice; companyName: string }) {
  return (
    <form action={action} method={method} className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Your communication preferences</h1>
        <p className="mt-1.5 text-sm text-slate-600">
          Choose how {companyName} may contact you
          {view.maskedEmail ? (
            <>
              {" "}
              at <span className="font-medium text-slate-900">{view.maskedEmail}</span>
            </>
          ) : null}
          .
        </p>
      </div>
      {notice && (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {NOTICES[notice]}
        </p>
      )}
      <fieldset>
        <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">Channels</legend>
        <div className="mt-1 divide-y divide-slate-100">
          {view.channels.map((c) => (
            <PreferenceToggle key={c.channel} name={`channel.${c.channel}`} label={c.label} hint={c.hint} checked={c.subscribed} />
          ))}
        </div>
      </fieldset>
      {view.topics.length > 0 && (
        <fieldset>
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">Topics</legend>
          <div className="mt-1 divide-y divide-slate-100">
            {view.topics.map((t) => (
              <PreferenceToggle key={t.id} name={`topic.${t.id}`} label={t.name} hint={t.description} checked={t.subscribed} />
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-col-reverse gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-center sm:justify-between">
        <button type="submit" name="intent" value="unsubscribeAll" className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]">
          Unsubscribe from all
        </button>
        <button type="submit" name="intent" value="save" className="rounded-lg bg-[var(--accent)] px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]">
          Save preferences
        </button>
      </div>
    </form>
  );
}
