import { z } from "zod";
import { Id, IsoDateTime, RecordMeta, ShortText } from "./common";
import { Role } from "./vocabulary";

export const PracticeInput = z.object({ name: ShortText.min(1, "the practice needs a name") });
export const Practice = PracticeInput.extend({ id: Id, createdAt: IsoDateTime });
export type Practice = z.infer<typeof Practice>;

export const Email = z.email().trim().toLowerCase().max(254);
/** OWASP ASVS: at least 12 characters; no composition rules. */
export const Password = z.string().min(12, "use at least 12 characters").max(256);

export const UserInput = z.object({
  name: ShortText.min(1),
  email: Email,
  role: Role,
  /** For role client: the client record this login belongs to. */
  clientId: Id.nullable().default(null),
});
export const NewUser = UserInput.extend({ password: Password });
export type NewUser = z.input<typeof NewUser>;

export const User = RecordMeta.extend(UserInput.shape).extend({ disabled: z.boolean() });
export type User = z.infer<typeof User>;

/** First-run setup: the practice and its first practitioner (who also administers it). */
export const SetupInput = z.object({
  practiceName: ShortText.min(1, "the practice needs a name"),
  name: ShortText.min(1, "your name is needed"),
  email: Email,
  password: Password,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(256) });
export type LoginInput = z.infer<typeof LoginInput>;
