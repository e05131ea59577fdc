import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("alias");
export const OPTIONS = ingestPreflight;
