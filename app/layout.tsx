import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Waymark", template: "%s · Waymark" },
  description: "Cross-channel customer journeys, drawn, previewed and measured.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
