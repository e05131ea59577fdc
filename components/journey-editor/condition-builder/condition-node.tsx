"use client";

import { Ban, FolderPlus, Plus, X } from "lucide-react";
import clsx from "clsx";
import type { JSX } from "react";
import type { TCondition, TConditionGroup } from "@/lib/journey/conditions/schema";
import { Button } from "@/components/ui/button";
import { SelectInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { useBuilder } from "./builder-context";
import {
  addConditionAt,
  changeConditionKind,
  defaultCondition,
  isGroup,
  LEAF_KINDS,
  removeConditionAt,
  replaceConditionAt,
  toggleNotAt,
  type TConditionPath,
  type TLeafKind,
} from "./condition-ops";
import { LEAF_FIELDS, LEAF_KIND_LABELS } from "./leaf-fields";

/** Groups nest at most this deep in the editor: deeper trees do not fit a 300 px panel legibly. */
const MAX_GROUP_DEPTH = 3;

type TNodeProps = {
  condition: TCondition;
  path: TConditionPath;
  /** Accessible name of this condition ("Condition 2.1"); prefixes every control's label. */
  name: string;
  /** Where a negation toggle acts: the enclosing `not` when there is one, else `path`. */
  negation: { path: TConditionPath; negated: boolean };
  depth: number;
};

/** Child `index` of the condition called `name`: "Condition 2", then "Condition 2.1". */
export function childName(name: string, isRoot: boolean, index: number): string {
  return isRoot ? `Condition ${index + 1}` : `${name}.${index + 1}`;
}

/** One condition of the tree: a group, a negation or a rule. */
export function ConditionNode(props: TNodeProps) {
  const { condition, path } = props;
  if (isGroup(condition)) return <GroupView {...props} group={condition} />;
  if (condition.kind === "not") {
    return (
      <div className="rounded-md border border-rose-200 bg-rose-50/40 p-1.5">
        <p className="mb-1 text-[10px] font-semibold uppercase tracking-wide text-rose-700">Not</p>
        <ConditionNode {...props} condition={condition.condition} path={[...path, 0]} negation={{ path, negated: true }} />
      </div>
    );
  }
  return <LeafView {...props} leaf={condition} />;
}

function NodeActions({ name, path, negation, removable }: { name: string; path: TConditionPath; negation: TNodeProps["negation"]; removable: boolean }) {
  const { apply, readOnly } = useBuilder();
  return (
    <div className="flex shrink-0 items-center">
      <IconButton
        aria-label={`Negate ${name}`}
        aria-pressed={negation.negated}
        disabled={readOnly}
        className={clsx(negation.negated && "bg-rose-100 text-rose-700")}
        onClick={() => apply((tree) => toggleNotAt(tree, negation.path))}
      >
        <Ban className="size-3.5" aria-hidden />
      </IconButton>
      {removable && (
        <IconButton aria-label={`Remove ${name}`} tone="danger" disabled={readOnly} onClick={() => apply((tree) => removeConditionAt(tree, path))}>
          <X className="size-3.5" aria-hidden />
        </IconButton>
      )}
    </div>
  );
}

function GroupView({ group, path, name, negation, depth }: TNodeProps & { group: TConditionGroup }) {
  const { apply, readOnly } = useBuilder();
  const isRoot = path.length === 0;
  const own = (label: string) => (isRoot ? label : `${label} to ${name}`);
  const joiner = group.kind === "all" ? "and" : "or";
  return (
    <div className={clsx("space-y-1.5", !isRoot && "rounded-r-md border-l-2 border-slate-300 bg-slate-50/70 py-1.5 pr-1 pl-1.5")}>
      <div className="flex items-center gap-1">
        <SelectInput
          size="xs"
          aria-label={isRoot ? "Match" : `${name} match`}
          value={group.kind}
          disabled={readOnly}
          className="min-w-0 flex-1"
          onChange={(event) => apply((tree) => replaceConditionAt(tree, path, changeConditionKind(group, event.target.value as "all" | "any")))}
        >
          <option value="all">Match all of these</option>
          <option value="any">Match any of these</option>
        </SelectInput>
        <NodeActions name={isRoot ? "all conditions" : name} path={path} negation={negation} removable={!isRoot || negation.negated} />
      </div>
      {group.conditions.length === 0 ? (
        <p className="px-1 text-[11px] text-slate-500">{group.kind === "all" ? "No rules yet, so everyone matches. Add a condition." : "No rules yet, so nobody matches. Add a condition."}</p>
      ) : (
        <ol className="space-y-1">
          {group.conditions.map((child, index) => (
            <li key={index}>
              {index > 0 && <p className="py-0.5 pl-1 text-[10px] font-semibold uppercase tracking-wide text-slate-400">{joiner}</p>}
              <ConditionNode condition={child} path={[...path, index]} name={childName(name, isRoot, index)} negation={{ path: [...path, index], negated: false }} depth={depth + 1} />
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap gap-1">
        <Button type="button" variant="ghost" size="sm" aria-label={own("Add condition")} disabled={readOnly} onClick={() => apply((tree) => addConditionAt(tree, path, defaultCondition("trait")))}>
          <Plus className="size-3" aria-hidden /> Condition
        </Button>
        {depth < MAX_GROUP_DEPTH && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-label={own("Add group")}
            disabled={readOnly}
            onClick={() => apply((tree) => addConditionAt(tree, path, { kind: group.kind === "all" ? "any" : "all", conditions: [defaultCondition("trait")] }))}
          >
            <FolderPlus className="size-3" aria-hidden /> Group
          </Button>
        )}
      </div>
    </div>
  );
}

function LeafView({ leaf, path, name, negation }: TNodeProps & { leaf: Extract<TCondition, { kind: TLeafKind }> }) {
  const { apply, readOnly, kinds = LEAF_KINDS } = useBuilder();
  const isRoot = path.length === 0;
  const onChange = (next: TCondition) => apply((tree) => replaceConditionAt(tree, path, next));
  // The registry pairs each kind with its fields; TS cannot correlate the two, hence the widening.
  const Fields = LEAF_FIELDS[leaf.kind] as (props: { name: string; condition: typeof leaf; onChange: (next: TCondition) => void }) => JSX.Element;
  return (
    <div className="space-y-1.5 rounded-md border border-slate-200 bg-white p-1.5 shadow-xs">
      <div className="flex items-center gap-1">
        <SelectInput
          size="xs"
          aria-label={`${name} kind`}
          value={leaf.kind}
          disabled={readOnly}
          className="min-w-0 flex-1 font-medium"
          onChange={(event) => onChange(changeConditionKind(leaf, event.target.value as TLeafKind))}
        >
          {(kinds.includes(leaf.kind) ? kinds : [...kinds, leaf.kind]).map((kind) => (
            <option key={kind} value={kind}>
              {LEAF_KIND_LABELS[kind]}
            </option>
          ))}
        </SelectInput>
        <NodeActions name={name} path={path} negation={negation} removable={!isRoot || negation.negated} />
      </div>
      <Fields name={name} condition={leaf} onChange={onChange} />
      {negation.path.length === 0 && (
        <Button type="button" variant="ghost" size="sm" aria-label="Add condition" disabled={readOnly} onClick={() => apply((tree) => addConditionAt(tree, [], defaultCondition("trait")))}>
          <Plus className="size-3" aria-hidden /> Condition
        </Button>
      )}
    </div>
  );
}
