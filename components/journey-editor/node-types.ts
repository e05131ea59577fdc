import type { NodeTypes } from "@xyflow/react";
import { NODE_TYPES } from "@/lib/journey/graph";
import { JourneyNodeCard } from "./nodes/journey-node-card";

// Declared once at module level: React Flow re-mounts every node if this object changes.
export const nodeTypes: NodeTypes = Object.fromEntries(NODE_TYPES.map((type) => [type, JourneyNodeCard]));
