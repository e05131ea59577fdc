import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { parseInput } from "@/lib/http/parse-input";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/journey/channels";
import { listMessages } from "@/lib/messages/list-messages";
import { MESSAGE_STATUSES, ZListMessagesQuery } from "@/lib/messages/message-schemas";
import { MessageRow } from "./message-row";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const raw = await searchParams;
  const pick = (key: string) => (typeof raw[key] === "string" && raw[key] !== "" ? raw[key] : undefined);
  const filters = { channel: pick("channel"), status: pick("status") };
  let query;
  try {
    query = parseInput(ZListMessagesQuery, { ...filters, limit: 100 });
  } catch {
    query = parseInput(ZListMessagesQuery, { limit: 100 });
  }
  const messages = await listMessages(member.current.workspaceId, query);
  const filtered = Boolean(query.channel || query.status);
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Outbox"
        description="Every message your journeys send, newest first, with the content exactly as the customer receives it. Channels deliver through the capture adapter until a provider is connected: nothing leaves Waymark yet."
      />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter messages">
        <label className="text-sm">
          <span className="mb-1 block text-xs font-medium text-slate-600">Channel</span>
          <select name="channel" defaultValue={query.channel ?? ""} aria-label="Channel" className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm">
            <option value="">All channels</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-xs font-medium text-slate-600">Status</span>
          <select name="status" defaultValue={query.status ?? ""} aria-label="Status" className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm">
            <option value="">All statuses</option>
            {MESSAGE_STATUSES.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">Apply filters</button>
        {filtered && <Link href="/outbox" className="py-1.5 text-sm text-brand-700 hover:underline">Clear</Link>}
      </form>
      {messages.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="text-base font-medium text-slate-900">{filtered ? "No messages match these filters" : "No messages yet"}</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
            {filtered ? "Clear the filters to see every message." : "Messages appear here once a live journey sends one. Publish a journey, then send an event that triggers it (or enrol a profile through the API)."}
          </p>
          {!filtered && <Link href="/journeys" className="mt-4 inline-block rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">Go to journeys</Link>}
        </div>
      ) : (
        <section className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
          <h2 className="border-b border-slate-100 px-6 py-3 text-sm font-semibold text-slate-700">{messages.length === 100 ? "Latest 100 messages" : `${messages.length} ${messages.length === 1 ? "message" : "messages"}`}</h2>
          <ul className="divide-y divide-slate-100">
            {messages.map((m) => (
              <MessageRow key={m.id} message={m} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
