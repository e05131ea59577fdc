"use client";

import { describeCondition, describeDuration } from "@/lib/journey/conditions";
import type { TJourneySettings } from "@/lib/journey/settings";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-800">{children}</dd>
    </div>
  );
}

/** Journey-level settings in words, for readers (and until the settings form is in place). */
export function SettingsSummary({ settings, segmentName }: { settings: TJourneySettings; segmentName: (id: string) => string | undefined }) {
  const describe = { segmentName };
  return (
    <dl className="space-y-3 text-sm">
      <Row label="Goal">
        {settings.goal ? (
          <>
            <span className="font-medium">{settings.goal.event || "(no event chosen)"}</span> within {describeDuration(settings.goal.within)}
            {settings.goal.where && <> where {describeCondition(settings.goal.where, describe)}</>}
            {settings.goal.exitOnGoal && <span className="block text-slate-600">Converted customers leave the journey.</span>}
          </>
        ) : (
          <span className="text-slate-500">None: conversions are not tracked.</span>
        )}
      </Row>
      <Row label="Exit criteria">{settings.exitCriteria ? describeCondition(settings.exitCriteria, describe) : <span className="text-slate-500">None</span>}</Row>
      <Row label="Frequency cap">{settings.frequencyCapExempt ? "Exempt: sends ignore the workspace cap" : "Sends count against the workspace cap"}</Row>
      <Row label="Entry limit">
        {settings.entryLimit ? `At most ${settings.entryLimit.max} entries per ${describeDuration(settings.entryLimit.per)}` : <span className="text-slate-500">No limit</span>}
      </Row>
    </dl>
  );
}
