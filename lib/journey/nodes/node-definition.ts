import type { z } from "zod";
import type { TNodeOutcome, TNodeRunInput } from "../../engine/types";
import type { TCondition } from "../conditions/schema";
import type { TJourneyGraph } from "../graph";
import type { TValidationContext, TValidationIssue } from "../validation/types";
import type { TNodeSchema } from "./node-schema";

/** An outgoing connection point of a node; `id` is the edge's `sourceHandle`. */
export type THandle = { id: string; label: string };

export type TNodeCategory = "flow" | "action" | "logic";

/** What a node's own rules may look at: the whole graph and the caller's workspace context. */
export type TNodeValidationContext = { graph: TJourneyGraph; options: TValidationContext };

/**
 * Everything the editor, validation and engine need to know about one node type. Members are
 * declared as methods on purpose: method parameters are bivariant, so a definition for one type is
 * assignable to the general `TNodeDefinition` and the registry can be used without casts.
 */
export type TNodeDefinition<TType extends string = string, TDataSchema extends z.ZodType = z.ZodType> = {
  type: TType;
  /** Palette and card title. */
  label: string;
  /** One line for the palette. */
  description: string;
  category: TNodeCategory;
  /** A lucide-react icon name, resolved by the editor. */
  icon: string;
  nodeSchema: TNodeSchema<TType, TDataSchema>;
  dataSchema: TDataSchema;
  /** Data of a freshly dropped node: valid for the schema, though possibly incomplete for validation. */
  defaultData(): z.output<TDataSchema>;
  /** Outgoing handles, in display order (left to right). */
  handles(data: z.output<TDataSchema>): THandle[];
  /** Short text for the canvas card. */
  summarize(data: z.output<TDataSchema>): string;
  /** The condition trees the node holds, for graph-wide reference checks. */
  conditions(data: z.output<TDataSchema>): TCondition[];
  /**
   * Whether the engine parks a profile here (a wait of some kind). A loop must pass through such a
   * node, or one event would spin the interpreter.
   */
  waits: boolean;
  /** The least time a profile spends here before leaving through `handleId`. */
  minDelayMs(data: z.output<TDataSchema>, handleId: string): number;
  /** The node's own static rules. Never throws. */
  validate(node: z.output<TNodeSchema<TType, TDataSchema>>, ctx: TNodeValidationContext): TValidationIssue[];
  /**
   * The engine handler (`engine.ts` in the node's folder): what a profile arriving at, or parked
   * on, this node does now. Pure; `lib/engine/step` runs it and applies the outcome.
   */
  run(data: z.output<TDataSchema>, input: TNodeRunInput): TNodeOutcome;
};
