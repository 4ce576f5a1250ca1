import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { z } from "zod";
import { Email, Password, Role } from "../domain";
import { hashResetToken } from "../server/api/accounts/account-endpoints";
import { serverConfigFromEnv } from "../server/config";
import { hashPassword } from "../server/auth/passwords";
import { openStore } from "../store/open-store";
import type { ScopedStore, SystemStore } from "../store/store";

/** How the command line appears in the audit trail: an operator, not a person's account. */
export const CLI_OPERATOR_ID = "cli-operator";
const RESET_LINK_MS = 24 * 60 * 60 * 1000;

/** Runs `fn` with an administrator's scoped store of the one practice, audited as the operator. */
async function asOperator<T>(fn: (admin: ScopedStore, system: SystemStore) => Promise<T>): Promise<T> {
  const store = await openStore(serverConfigFromEnv(process.env));
  try {
    await store.migrate();
    const practices = await store.listPractices();
    if (practices.length !== 1)
      throw new Error(
        practices.length === 0
          ? "no practice yet: start Tessera and set it up first"
          : "several practices: not supported by this command",
      );
    const admin = store.scoped({
      userId: CLI_OPERATOR_ID,
      practiceId: practices[0]!.id,
      role: "admin",
      clientId: null,
    });
    return await fn(admin, store);
  } finally {
    await store.close();
  }
}

async function accountId(system: SystemStore, email: string): Promise<string> {
  const user = await system.findUserForLogin(email);
  if (!user) throw new Error(`no account ${email.trim().toLowerCase()}`);
  return user.id;
}

const UserAddArgs = z.object({
  email: Email,
  name: z.string().trim().min(1, "give the user's name with --name"),
  role: Role,
  password: Password,
  clientId: z.string().min(1).nullable(),
});

export function registerUser(program: Command): void {
  const user = program.command("user").description("manage user accounts");
  user
    .command("add")
    .description("add a user to the practice (the password is read from TESSERA_PASSWORD or --password)")
    .argument("<email>", "login email")
    .requiredOption("--name <name>", "the user's name")
    .option("--role <role>", "admin, practitioner or client", "practitioner")
    .option(
      "--password <password>",
      "at least 12 characters (prefer TESSERA_PASSWORD so it stays out of shell history)",
    )
    .option("--client-id <id>", "for role client: the client record this login belongs to")
    .action(
      async (email: string, opts: { name: string; role: string; password?: string; clientId?: string }) => {
        const parsed = UserAddArgs.safeParse({
          email,
          name: opts.name,
          role: opts.role,
          password: opts.password ?? process.env.TESSERA_PASSWORD ?? "",
          clientId: opts.clientId ?? null,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`${issue.path.join(".") || "arguments"}: ${issue.message}`);
        }
        const args = parsed.data;
        if (args.role === "client" && !args.clientId)
          throw new Error("--client-id is needed for role client");
        const store = await openStore(serverConfigFromEnv(process.env));
        try {
          await store.migrate();
          const practices = await store.listPractices();
          if (practices.length !== 1) {
            throw new Error(
              practices.length === 0
                ? "no practice yet: start Tessera and set it up first"
                : "several practices: not supported by this command",
            );
          }
          const created = await store.createUser(practices[0]!.id, {
            name: args.name,
            email: args.email,
            role: args.role,
            clientId: args.clientId,
            passwordHash: await hashPassword(args.password),
          });
          console.log(`added ${created.role} ${created.email}`);
        } finally {
          await store.close();
        }
      },
    );

  user
    .command("list")
    .description("list the practice's accounts")
    .action(async () =>
      asOperator(async (admin) => {
        for (const a of await admin.listAccounts())
          console.log(
            [a.email, a.role, a.disabled ? "disabled" : "active", a.secondFactor ? "2fa" : "-", a.name].join(
              "\t",
            ),
          );
      }),
    );
  user
    .command("disable")
    .description("disable an account; every open login session of it ends at once")
    .argument("<email>")
    .action(async (email: string) =>
      asOperator(async (admin, system) => {
        const a = await admin.disableAccount(await accountId(system, email));
        console.log(`disabled ${a.email}; its login sessions have ended`);
      }),
    );
  user
    .command("enable")
    .description("enable a disabled account")
    .argument("<email>")
    .action(async (email: string) =>
      asOperator(async (admin, system) => {
        const a = await admin.enableAccount(await accountId(system, email));
        console.log(`enabled ${a.email}`);
      }),
    );
  user
    .command("role")
    .description("make a staff account admin or practitioner; its login sessions end")
    .argument("<email>")
    .argument("<role>", "admin or practitioner")
    .action(async (email: string, role: string) =>
      asOperator(async (admin, system) => {
        const parsed = Role.safeParse(role);
        if (!parsed.success) throw new Error("role: must be one of: admin, practitioner");
        const a = await admin.setAccountRole(await accountId(system, email), parsed.data);
        console.log(`${a.email} is now ${a.role}`);
      }),
    );
  user
    .command("reset-password")
    .description("print a one-time link (good for a day) with which the user sets a new password")
    .argument("<email>")
    .action(async (email: string) =>
      asOperator(async (admin, system) => {
        const token = randomBytes(32).toString("base64url");
        const expiresAt = new Date(Date.now() + RESET_LINK_MS).toISOString();
        const a = await admin.startPasswordReset(
          await accountId(system, email),
          hashResetToken(token),
          expiresAt,
        );
        const config = serverConfigFromEnv(process.env);
        const base = process.env.TESSERA_PUBLIC_URL || `http://${config.host}:${config.port}`;
        console.log(`one-time link for ${a.email}, good until ${expiresAt}:`);
        console.log(`${base}/#/reset-password?token=${token}`);
      }),
    );
  user
    .command("reset-2fa")
    .description("remove an account's second factor and recovery codes (a lost phone)")
    .argument("<email>")
    .action(async (email: string) =>
      asOperator(async (admin, system) => {
        const a = await admin.resetSecondFactor(await accountId(system, email));
        console.log(
          `${a.email} has no second factor now; it logs in with its password until it enrols again`,
        );
      }),
    );
}
