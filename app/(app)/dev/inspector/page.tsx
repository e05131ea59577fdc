import type { Metadata } from "next";
import { isNodeType } from "@/lib/journey/registry";
import { InspectorPlayground } from "./inspector-playground";

export const metadata: Metadata = { title: "Inspector playground" };

/**
 * Developer page (not in the navigation): every inspector form on sample steps, with the data it
 * emits, so forms can be checked by eye and by the e2e suite without drawing a journey first.
 */
export default async function InspectorPlaygroundPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  const { type } = await searchParams;
  const initial = type === "settings" ? "settings" : isNodeType(type) ? type : "trigger";
  return <InspectorPlayground initial={initial} />;
}
