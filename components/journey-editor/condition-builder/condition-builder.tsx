"use client";

import { useMemo } from "react";
import { describeCondition, type TDescribeOptions } from "@/lib/journey/conditions/describe-condition";
import type { TCondition } from "@/lib/journey/conditions/schema";
import type { TInspectorContext } from "../inspector/inspector-context";
import { BuilderContext, type TBuilderContext } from "./builder-context";
import type { TLeafKind } from "./condition-ops";
import { ConditionNode } from "./condition-node";

/** Id → name lookups so the sentence says "the message "Welcome email"" rather than a step id. */
export function describeOptionsFor(context: TInspectorContext): TDescribeOptions {
  return {
    nodeLabel: (id) => context.nodes.find((n) => n.id === id)?.label,
    segmentName: (id) => context.segments.find((s) => s.id === id)?.name,
  };
}

/**
 * Edits one condition tree: all/any groups (nested), negation, and a row per rule with fields for
 * its kind. Emits the whole new tree on every edit. `label` names the builder as a group
 * ("Path 1 condition"), which also scopes the per-row labels ("Condition 2 operator") in tests.
 */
export function ConditionBuilder({ label, value, onChange, readOnly, context, kinds }: { label: string; value: TCondition; onChange: (next: TCondition) => void; readOnly: boolean; context: TInspectorContext; kinds?: readonly TLeafKind[] }) {
  const builder = useMemo<TBuilderContext>(() => ({ apply: (edit) => onChange(edit(value)), context, readOnly, ...(kinds && { kinds }) }), [onChange, value, context, readOnly, kinds]);
  const sentence = describeCondition(value, describeOptionsFor(context));
  return (
    <BuilderContext.Provider value={builder}>
      <div role="group" aria-label={label} className="min-w-0 space-y-2">
        <ConditionNode condition={value} path={[]} name="Condition" negation={{ path: [], negated: false }} depth={0} />
        <p className="rounded-md bg-brand-50 px-2 py-1.5 text-xs leading-snug text-brand-700" aria-label={`${label} in words`}>
          <span className="font-semibold">Matches when </span>
          {sentence}
        </p>
      </div>
    </BuilderContext.Provider>
  );
}
