import type { Metadata } from "next";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { InviteMemberForm } from "@/components/settings/invite-member-form";
import { MemberRoleSelect } from "@/components/settings/member-role-select";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { listMembers } from "@/lib/members/list-members";
import { changeRoleAction, inviteMemberAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await requireMember();
  const members = await listMembers(member.current.workspaceId);
  const isAdmin = can(member.current.role, "members:manage");
  return (
    <div className="mx-auto max-w-5xl space-y-8 p-8">
      <PageHeader title="Settings" description={`Members of ${member.current.workspaceName} and what each may do. Admins manage members; marketers build journeys; analysts read journeys and analytics.`} />
      <SettingsTabs current="members" isAdmin={isAdmin} />
      {isAdmin && (
        <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
          <h2 className="mb-4 text-base font-semibold">Invite a member</h2>
          <InviteMemberForm action={inviteMemberAction} />
        </section>
      )}
      <section className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
        <h2 className="border-b border-slate-100 px-6 py-4 text-base font-semibold">Members ({members.length})</h2>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-6 py-2.5">Name</th>
              <th scope="col" className="px-6 py-2.5">Email</th>
              <th scope="col" className="px-6 py-2.5">Role</th>
              <th scope="col" className="px-6 py-2.5">Member since</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => (
              <tr key={m.membershipId} data-testid="member-row">
                <td className="px-6 py-3 font-medium">{m.name}{m.userId === member.user.id && <span className="ml-1.5 text-xs font-normal text-slate-500">(you)</span>}</td>
                <td className="px-6 py-3 text-slate-700">{m.email}</td>
                <td className="px-6 py-3">
                  {isAdmin ? <MemberRoleSelect membershipId={m.membershipId} role={m.role} label={`Role of ${m.email}`} action={changeRoleAction} /> : ROLE_LABELS[m.role]}
                </td>
                <td className="px-6 py-3 whitespace-nowrap text-slate-600">{formatDateTime(m.joinedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
