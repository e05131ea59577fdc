import type { TNodeType } from "@/lib/journey/registry";
import type { TNodeForm } from "./form-props";
import { BranchForm } from "./forms/branch-form";
import { ExitForm } from "./forms/exit-form";
import { MessageForm } from "./forms/message-form";
import { SplitForm } from "./forms/split-form";
import { SuppressForm } from "./forms/suppress-form";
import { TriggerForm } from "./forms/trigger-form";
import { UpdateProfileForm } from "./forms/update-profile-form";
import { WaitForEventForm } from "./forms/wait-for-event-form";
import { WaitForm } from "./forms/wait-form";

/**
 * The inspector form of each node type. Typed against the node registry, so a new node type does
 * not compile until it has a form here: one file in `forms/` and one line below.
 */
export const formRegistry: { [T in TNodeType]: TNodeForm<T> } = {
  trigger: TriggerForm,
  wait: WaitForm,
  waitForEvent: WaitForEventForm,
  branch: BranchForm,
  split: SplitForm,
  message: MessageForm,
  suppress: SuppressForm,
  updateProfile: UpdateProfileForm,
  exit: ExitForm,
};
