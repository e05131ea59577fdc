"use client";

import { Archive, ArchiveRestore, Plus } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE, type TFormAction } from "./action-state";
import { SavedNote } from "./saved-note";

export type TTopicRow = { id: string; name: string; description: string; defaultSubscribed: boolean; archived: boolean; subscribers: number; unsubscribers: number };

const field = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm disabled:bg-slate-50 disabled:text-slate-500";

/** Name, description and default of one topic (new when `topic` is absent). */
function TopicFields({ topic, canEdit, label }: { topic?: TTopicRow; canEdit: boolean; label: string }) {
  return (
    <div className="grid flex-1 gap-3 md:grid-cols-[1fr_1.6fr_auto]">
      <input name="name" aria-label={`${label} name`} defaultValue={topic?.name} placeholder="e.g. Product news" required maxLength={80} disabled={!canEdit} className={field} />
      <input name="description" aria-label={`${label} description`} defaultValue={topic?.description} placeholder="What customers get, in a sentence" maxLength={300} disabled={!canEdit} className={field} />
      <select name="defaultSubscribed" aria-label={`${label} default`} defaultValue={topic?.defaultSubscribed === false ? "unsubscribed" : "subscribed"} disabled={!canEdit} className={field}>
        <option value="subscribed">Subscribed unless they opt out</option>
        <option value="unsubscribed">Only if they opt in</option>
      </select>
    </div>
  );
}

function TopicItem({ topic, canEdit, action }: { topic: TTopicRow; canEdit: boolean; action: TFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [archiveState, archiveAction, archiving] = useActionState(action, IDLE);
  return (
    <li className="space-y-2 px-6 py-4" data-testid="topic-row">
      <div className="flex flex-wrap items-start gap-3">
        <form action={formAction} className="flex min-w-0 flex-1 flex-wrap items-start gap-3">
          <input type="hidden" name="id" value={topic.id} />
          <TopicFields topic={topic} canEdit={canEdit && !topic.archived} label={`Topic ${topic.name}`} />
          {canEdit && !topic.archived && (
            <Button type="submit" disabled={pending}>
              Save
            </Button>
          )}
        </form>
        {canEdit && (
          <form action={archiveAction}>
            <input type="hidden" name="id" value={topic.id} />
            <input type="hidden" name="archived" value={topic.archived ? "false" : "true"} />
            <Button type="submit" variant="ghost" disabled={archiving} aria-label={`${topic.archived ? "Restore" : "Archive"} topic ${topic.name}`}>
              {topic.archived ? <ArchiveRestore className="size-4" aria-hidden /> : <Archive className="size-4" aria-hidden />}
              {topic.archived ? "Restore" : "Archive"}
            </Button>
          </form>
        )}
      </div>
      <p className="text-xs text-slate-500">
        {topic.archived && <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-600">Archived: hidden from customers; unsubscribes still hold</span>}
        {topic.subscribers} chose to subscribe · {topic.unsubscribers} unsubscribed
        <span className="ml-2">
          <SavedNote state={state.error || state.savedAt ? state : archiveState} pending={pending || archiving} />
        </span>
      </p>
    </li>
  );
}

/** Subscription topics: add, edit, archive and restore. Archived ones sit at the end. */
export function TopicsPanel({ topics, canEdit, action }: { topics: TTopicRow[]; canEdit: boolean; action: TFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [formKey, setFormKey] = useState(0);
  const [seen, setSeen] = useState<string | null>(null);
  if (state.savedAt && state.savedAt !== seen) {
    // a topic was added: clear the form for the next one
    setSeen(state.savedAt);
    setFormKey((k) => k + 1);
  }
  const ordered = [...topics].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
  return (
    <div>
      {ordered.length === 0 ? (
        <p className="px-6 py-5 text-sm text-slate-600">No topics yet. Topics let customers keep the messages they want (&ldquo;Product news&rdquo;) and drop the rest (&ldquo;Offers&rdquo;) instead of unsubscribing from everything. {canEdit ? "Add the first below, then pick it on a message step." : ""}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {ordered.map((topic) => (
            <TopicItem key={`${topic.id}:${topic.archived}`} topic={topic} canEdit={canEdit} action={action} />
          ))}
        </ul>
      )}
      {canEdit && (
        <form key={formKey} action={formAction} className="flex flex-wrap items-start gap-3 border-t border-slate-100 bg-slate-50/60 px-6 py-4">
          <TopicFields canEdit label="New topic" />
          <Button type="submit" variant="primary" disabled={pending}>
            <Plus className="size-4" aria-hidden /> Add topic
          </Button>
          <div className="basis-full">
            <SavedNote state={state} pending={pending} />
          </div>
        </form>
      )}
    </div>
  );
}
