import type { Command } from "commander";
import { z } from "zod";
import { Email, Password, Role } from "../domain";
import { serverConfigFromEnv } from "../server/config";
import { hashPassword } from "../server/auth/passwords";
import { openStore } from "../store/open-store";

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
}
