/** What a settings form action answers: an error sentence naming the field, or when it saved. */
export interface TActionState {
  error: string | null;
  savedAt: string | null;
}

export const IDLE: TActionState = { error: null, savedAt: null };

export type TFormAction = (state: TActionState, form: FormData) => Promise<TActionState>;
