"use client";

import { Plus, Trash2 } from "lucide-react";
import { ASSIGNMENT_OPS, type TTraitAssignment } from "@/lib/journey/nodes/update-profile/schema";
import { Button } from "@/components/ui/button";
import { FormSection, HelpText, SelectInput, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { NumberInput } from "@/components/ui/number-input";
import type { TNodeFormProps } from "../form-props";
import { assignmentValueType, withAssignmentOp, withAssignmentValueType, type TAssignmentValueType } from "../trait-assignment";

const MAX_ASSIGNMENTS = 50;
const OP_LABELS: Record<TTraitAssignment["op"], string> = { set: "Set to", unset: "Clear", increment: "Increment by", append: "Append" };
const TYPE_LABELS: Record<TAssignmentValueType, string> = { string: "Text", number: "Number", boolean: "Yes/no" };

/** Trait changes applied in order when a profile passes: set, clear, increment or append. */
export function UpdateProfileForm({ data, onChange }: TNodeFormProps<"updateProfile">) {
  const { assignments } = data;
  const setAssignments = (next: TTraitAssignment[]) => onChange({ ...data, assignments: next });
  const update = (index: number, next: TTraitAssignment) => setAssignments(assignments.map((a, i) => (i === index ? next : a)));
  return (
    <div className="space-y-4">
      <FormSection title="Changes" description="Applied in order. Append adds to a list trait, creating it if needed.">
        {assignments.length === 0 && <HelpText>No changes yet. Add one below.</HelpText>}
        <ol className="space-y-2">
          {assignments.map((assignment, index) => (
            <AssignmentRow key={index} name={`Change ${index + 1}`} assignment={assignment} onChange={(next) => update(index, next)} onRemove={() => setAssignments(assignments.filter((_, i) => i !== index))} />
          ))}
        </ol>
        <Button type="button" size="sm" disabled={assignments.length >= MAX_ASSIGNMENTS} onClick={() => setAssignments([...assignments, { trait: "", op: "set", value: "" }])}>
          <Plus className="size-3" aria-hidden /> Add change
        </Button>
      </FormSection>
    </div>
  );
}

function AssignmentRow({ name, assignment, onChange, onRemove }: { name: string; assignment: TTraitAssignment; onChange: (a: TTraitAssignment) => void; onRemove: () => void }) {
  const type = assignmentValueType(assignment.value);
  return (
    <li aria-label={name} className="space-y-1.5 rounded-md border border-slate-200 bg-white p-2">
      <div className="flex items-center gap-1">
        <TextInput aria-label={`${name} trait`} placeholder="trait, e.g. plan" value={assignment.trait} className="min-w-0 flex-1" onChange={(e) => onChange({ ...assignment, trait: e.target.value })} />
        <IconButton aria-label={`Remove ${name}`} tone="danger" onClick={onRemove}>
          <Trash2 className="size-3.5" aria-hidden />
        </IconButton>
      </div>
      <div className="grid grid-cols-2 gap-1.5">
        <SelectInput size="xs" aria-label={`${name} operation`} value={assignment.op} onChange={(e) => onChange(withAssignmentOp(assignment, e.target.value as TTraitAssignment["op"]))}>
          {ASSIGNMENT_OPS.map((op) => (
            <option key={op} value={op}>
              {OP_LABELS[op]}
            </option>
          ))}
        </SelectInput>
        {(assignment.op === "set" || assignment.op === "append") && (
          <SelectInput size="xs" aria-label={`${name} value type`} value={type} onChange={(e) => onChange(withAssignmentValueType(assignment, e.target.value as TAssignmentValueType))}>
            {(Object.keys(TYPE_LABELS) as TAssignmentValueType[]).map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </SelectInput>
        )}
      </div>
      <AssignmentValue name={name} assignment={assignment} type={type} onChange={onChange} />
    </li>
  );
}

function AssignmentValue({ name, assignment, type, onChange }: { name: string; assignment: TTraitAssignment; type: TAssignmentValueType; onChange: (a: TTraitAssignment) => void }) {
  const label = `${name} value`;
  if (assignment.op === "unset") return <HelpText>Removes the trait from the profile.</HelpText>;
  if (assignment.op === "increment" || type === "number") {
    return <NumberInput size="xs" aria-label={label} value={typeof assignment.value === "number" ? assignment.value : undefined} onValueChange={(value) => onChange({ ...assignment, value })} />;
  }
  if (type === "boolean") {
    return (
      <SelectInput size="xs" aria-label={label} value={assignment.value === true ? "true" : "false"} onChange={(e) => onChange({ ...assignment, value: e.target.value === "true" })}>
        <option value="true">yes (true)</option>
        <option value="false">no (false)</option>
      </SelectInput>
    );
  }
  return <TextInput size="xs" aria-label={label} placeholder="value" value={typeof assignment.value === "string" ? assignment.value : ""} onChange={(e) => onChange({ ...assignment, value: e.target.value })} />;
}
