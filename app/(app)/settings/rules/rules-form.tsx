"use client";

import { Plus, Trash2 } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CHANNEL_LABELS, CHANNELS, type TChannel } from "@/lib/journey/channels";
import type { TRulesState } from "./actions";

type TCapRow = { id: string; name: string; max: number; windowHours: number; channels: TChannel[] | null; exemptJourneyIds: string[] };
type TQuiet = { start: string; end: string; behaviour: "defer" | "skip" };
type TRules = { frequencyCaps: TCapRow[]; quietHours: Partial<Record<TChannel, TQuiet>> };

const QUIET_CHANNELS: TChannel[] = ["email", "sms", "push", "inApp"];
const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50 disabled:text-slate-500";

/** Caps and quiet hours, edited as rows and saved together through the server action. */
export function RulesForm({ initial, journeys, canEdit, action }: { initial: TRules; journeys: { id: string; name: string }[]; canEdit: boolean; action: (state: TRulesState, form: FormData) => Promise<TRulesState> }) {
  const [rules, setRules] = useState<TRules>(initial);
  const [state, formAction, pending] = useActionState(action, { error: null, savedAt: null });
  const setCap = (index: number, patch: Partial<TCapRow>) => setRules((r) => ({ ...r, frequencyCaps: r.frequencyCaps.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  const setQuiet = (channel: TChannel, quiet: TQuiet | null) =>
    setRules((r) => {
      const next = { ...r.quietHours };
      if (quiet) next[channel] = quiet;
      else delete next[channel];
      return { ...r, quietHours: next };
    });
  const addCap = () => setRules((r) => ({ ...r, frequencyCaps: [...r.frequencyCaps, { id: `cap-${Date.now().toString(36)}`, name: "New cap", max: 3, windowHours: 24, channels: null, exemptJourneyIds: [] }] }));

  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="rules" value={JSON.stringify(rules)} />
      <section className="rounded-xl border border-slate-200 bg-white shadow-xs">
        <div className="flex items-center justify-between gap-6 border-b border-slate-100 px-6 py-4">
          <div>
            <h2 className="text-base font-semibold">Frequency caps</h2>
            <p className="text-sm text-slate-600">At most N messages per window to one customer, across all journeys. Exempt journeys (receipts, password resets) neither obey nor count.</p>
          </div>
          {canEdit && (
            <Button type="button" onClick={addCap} className="shrink-0 whitespace-nowrap">
              <Plus className="size-4" aria-hidden /> Add cap
            </Button>
          )}
        </div>
        {rules.frequencyCaps.length === 0 ? (
          <p className="px-6 py-6 text-sm text-slate-600">No caps: customers may receive any number of messages. {canEdit ? "Add one, e.g. 3 per 24 hours." : ""}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rules.frequencyCaps.map((cap, index) => (
              <li key={cap.id} className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-[1.4fr_0.6fr_0.8fr_1.6fr_auto]" data-testid="cap-row">
                <label className="text-xs font-medium text-slate-600">
                  Name
                  <input className={`${input} mt-1 block w-full`} aria-label={`Name of cap ${index + 1}`} value={cap.name} disabled={!canEdit} onChange={(e) => setCap(index, { name: e.target.value })} />
                </label>
                <label className="text-xs font-medium text-slate-600">
                  Max messages
                  <input type="number" min={1} className={`${input} mt-1 block w-full`} aria-label={`Max messages of cap ${index + 1}`} value={cap.max} disabled={!canEdit} onChange={(e) => setCap(index, { max: Number(e.target.value) })} />
                </label>
                <label className="text-xs font-medium text-slate-600">
                  Window (hours)
                  <input type="number" min={1} className={`${input} mt-1 block w-full`} aria-label={`Window in hours of cap ${index + 1}`} value={cap.windowHours} disabled={!canEdit} onChange={(e) => setCap(index, { windowHours: Number(e.target.value) })} />
                </label>
                <fieldset className="text-xs font-medium text-slate-600">
                  <legend>Channels</legend>
                  <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                    <label className="flex items-center gap-1 font-normal text-slate-800">
                      <input type="checkbox" checked={cap.channels === null} disabled={!canEdit} aria-label={`All channels for cap ${index + 1}`} onChange={(e) => setCap(index, { channels: e.target.checked ? null : ["email"] })} /> All
                    </label>
                    {cap.channels !== null &&
                      CHANNELS.slice(0, 4).map((channel) => (
                        <label key={channel} className="flex items-center gap-1 font-normal text-slate-800">
                          <input
                            type="checkbox"
                            disabled={!canEdit}
                            aria-label={`${CHANNEL_LABELS[channel]} for cap ${index + 1}`}
                            checked={cap.channels?.includes(channel) ?? false}
                            onChange={(e) => setCap(index, { channels: e.target.checked ? [...(cap.channels ?? []), channel] : (cap.channels ?? []).filter((c) => c !== channel) })}
                          />
                          {CHANNEL_LABELS[channel]}
                        </label>
                      ))}
                  </div>
                  <label className="mt-2 block">
                    Exempt journeys
                    <select
                      multiple
                      className={`${input} mt-1 block h-16 w-full`}
                      aria-label={`Exempt journeys of cap ${index + 1}`}
                      disabled={!canEdit}
                      value={cap.exemptJourneyIds}
                      onChange={(e) => setCap(index, { exemptJourneyIds: [...e.target.selectedOptions].map((o) => o.value) })}
                    >
                      {journeys.map((j) => (
                        <option key={j.id} value={j.id}>{j.name}</option>
                      ))}
                    </select>
                  </label>
                </fieldset>
                {canEdit && (
                  <div className="flex items-start pt-5">
                    <Button type="button" variant="ghost" size="sm" aria-label={`Remove cap ${index + 1}`} onClick={() => setRules((r) => ({ ...r, frequencyCaps: r.frequencyCaps.filter((_, i) => i !== index) }))}>
                      <Trash2 className="size-4" aria-hidden />
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="rounded-xl border border-slate-200 bg-white shadow-xs">
        <div className="border-b border-slate-100 px-6 py-4">
          <h2 className="text-base font-semibold">Quiet hours</h2>
          <p className="text-sm text-slate-600">No messages on a channel inside its window, in the customer&apos;s local time. &quot;Hold until morning&quot; sends when the window ends; &quot;Skip&quot; drops the message.</p>
        </div>
        <ul className="divide-y divide-slate-100">
          {QUIET_CHANNELS.map((channel) => {
            const quiet = rules.quietHours[channel];
            return (
              <li key={channel} className="flex flex-wrap items-center gap-4 px-6 py-3" data-testid={`quiet-${channel}`}>
                <label className="flex w-32 items-center gap-2 text-sm font-medium">
                  <input type="checkbox" disabled={!canEdit} aria-label={`Quiet hours for ${CHANNEL_LABELS[channel]}`} checked={quiet !== undefined} onChange={(e) => setQuiet(channel, e.target.checked ? { start: "21:00", end: "08:00", behaviour: "defer" } : null)} />
                  {CHANNEL_LABELS[channel]}
                </label>
                {quiet ? (
                  <>
                    <label className="text-xs text-slate-600">
                      From <input type="time" className={input} aria-label={`${CHANNEL_LABELS[channel]} quiet from`} value={quiet.start} disabled={!canEdit} onChange={(e) => setQuiet(channel, { ...quiet, start: e.target.value })} />
                    </label>
                    <label className="text-xs text-slate-600">
                      until <input type="time" className={input} aria-label={`${CHANNEL_LABELS[channel]} quiet until`} value={quiet.end} disabled={!canEdit} onChange={(e) => setQuiet(channel, { ...quiet, end: e.target.value })} />
                    </label>
                    <select className={input} aria-label={`${CHANNEL_LABELS[channel]} during quiet hours`} value={quiet.behaviour} disabled={!canEdit} onChange={(e) => setQuiet(channel, { ...quiet, behaviour: e.target.value === "skip" ? "skip" : "defer" })}>
                      <option value="defer">Hold until morning</option>
                      <option value="skip">Skip the message</option>
                    </select>
                  </>
                ) : (
                  <span className="text-sm text-slate-500">any time</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {canEdit && (
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" disabled={pending}>{pending ? "Saving…" : "Save rules"}</Button>
          {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
          {!state.error && state.savedAt && <p role="status" className="text-sm text-emerald-700">Saved. New sends follow these rules.</p>}
        </div>
      )}
    </form>
  );
}
