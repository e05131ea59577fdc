import { InvalidLink } from "@/components/preferences/invalid-link";

export default function PreferenceLinkNotFound() {
  return <InvalidLink />;
}
