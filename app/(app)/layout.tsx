import { Inbox, LayoutTemplate, LogOut, Route, Settings, UsersRound, Filter, Waypoints } from "lucide-react";
import { NavLink } from "@/components/shell/nav-link";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { requireMember } from "@/lib/auth/require-member";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { signOutAction, switchWorkspaceAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  return (
    <div className="flex h-full">
      <aside className="flex w-56 shrink-0 flex-col bg-slate-900 px-3 py-4 text-white">
        <div className="mb-6 flex items-center gap-2 px-2 text-lg font-semibold">
          <Waypoints className="size-5 text-brand-500" aria-hidden /> Waymark
        </div>
        <div className="mb-5 px-1">
          {member.memberships.length > 1 ? (
            <WorkspaceSwitcher current={member.current.workspaceId} options={member.memberships} action={switchWorkspaceAction} />
          ) : (
            <div>
              <p className="text-[11px] font-medium uppercase tracking-wide text-slate-400">Workspace</p>
              <p className="mt-1 truncate text-sm">{member.current.workspaceName}</p>
            </div>
          )}
        </div>
        <nav aria-label="Main" className="space-y-1">
          <NavLink href="/journeys">
            <Route className="size-4" aria-hidden /> Journeys
          </NavLink>
          <NavLink href="/profiles">
            <UsersRound className="size-4" aria-hidden /> Profiles
          </NavLink>
          <NavLink href="/segments">
            <Filter className="size-4" aria-hidden /> Segments
          </NavLink>
          <NavLink href="/templates">
            <LayoutTemplate className="size-4" aria-hidden /> Templates
          </NavLink>
          <NavLink href="/outbox">
            <Inbox className="size-4" aria-hidden /> Outbox
          </NavLink>
          <NavLink href="/settings">
            <Settings className="size-4" aria-hidden /> Settings
          </NavLink>
        </nav>
        <div className="mt-auto border-t border-slate-800 px-2 pt-4">
          <p className="truncate text-sm font-medium" data-testid="current-user">{member.user.name}</p>
          <p className="truncate text-xs text-slate-400">{member.user.email}</p>
          <p className="mt-1 text-xs text-slate-400" data-testid="current-role">{ROLE_LABELS[member.current.role]}</p>
          <form action={signOutAction} className="mt-3">
            <button type="submit" className="flex items-center gap-1.5 text-sm text-slate-300 hover:text-white">
              <LogOut className="size-4" aria-hidden /> Sign out
            </button>
          </form>
        </div>
      </aside>
      <main className="min-w-0 flex-1 overflow-auto">{children}</main>
    </div>
  );
}
