"use client";

import { createContext, useContext } from "react";
import type { TCondition } from "@/lib/journey/conditions/schema";
import type { TInspectorContext } from "../inspector/inspector-context";
import type { TLeafKind } from "./condition-ops";

/** What every row of one builder shares: how to edit the whole tree, and the pickers' lists. */
export type TBuilderContext = {
  /** Applies an edit to the builder's whole tree and emits the result. */
  apply: (edit: (tree: TCondition) => TCondition) => void;
  context: TInspectorContext;
  readOnly: boolean;
  /** the rule kinds offered (every kind unless narrowed: segments have no message engagement) */
  kinds?: readonly TLeafKind[];
};

export const BuilderContext = createContext<TBuilderContext | null>(null);

export function useBuilder(): TBuilderContext {
  const value = useContext(BuilderContext);
  if (!value) throw new Error("condition rows must be rendered inside a ConditionBuilder");
  return value;
}
