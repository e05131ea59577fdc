import { Circle, Clock, GitBranch, Hourglass, LogOut, Mail, ShieldOff, Split, UserPen, Zap, type LucideIcon } from "lucide-react";

const ICONS: Record<string, LucideIcon> = { Zap, Clock, Hourglass, GitBranch, Split, Mail, ShieldOff, UserPen, LogOut };

/** The lucide icon a node definition names, by name (the registry stays free of React). */
export function NodeIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name] ?? Circle;
  return <Icon className={className} aria-hidden />;
}
