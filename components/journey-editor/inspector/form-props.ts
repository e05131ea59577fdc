import type { JSX } from "react";
import type { TNodeOfType } from "@/lib/journey/graph";
import type { TNodeType } from "@/lib/journey/registry";
import type { TInspectorContext } from "./inspector-context";

/** What every node form receives: its node's data, and a way to replace it as a whole. */
export type TNodeFormProps<T extends TNodeType> = {
  nodeId: string;
  data: TNodeOfType<T>["data"];
  /** The complete new data (never mutate `data`). */
  onChange: (data: TNodeOfType<T>["data"]) => void;
  readOnly: boolean;
  context: TInspectorContext;
};

export type TNodeForm<T extends TNodeType> = (props: TNodeFormProps<T>) => JSX.Element;
