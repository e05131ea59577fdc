/** The one error body every API answer uses: `{ error, path?, ...details }`. */
export function jsonError(status: number, error: string, extra?: Record<string, unknown>): Response {
  return Response.json({ error, ...extra }, { status });
}
