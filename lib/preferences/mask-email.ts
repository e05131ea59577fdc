/**
 * An email shown to whoever holds a link, masked so a forwarded link does not leak the address:
 * first character, "***", then the domain (`jane@example.com` → `j***@example.com`).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
