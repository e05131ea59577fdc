/** What each channel's preview shows: the content as rendered for the preview profile. */
export interface TChannelPreviewProps {
  rendered: Record<string, unknown>;
  /** who it was rendered for */
  profileLabel: string;
}

export function renderedText(rendered: Record<string, unknown>, key: string): string {
  const value = rendered[key];
  return typeof value === "string" ? value : "";
}
