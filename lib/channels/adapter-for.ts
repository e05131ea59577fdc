import type { TAdapterFor } from "./channel-adapter";
import { captureAdapter } from "./capture-adapter";

/**
 * The adapter that delivers a channel for a workspace. Only capture exists so far (the default of
 * every ChannelConfig); provider adapters plug in here when they arrive.
 */
export const defaultAdapterFor: TAdapterFor = () => captureAdapter;
