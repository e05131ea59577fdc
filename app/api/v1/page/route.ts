import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("page");
export const OPTIONS = ingestPreflight;
