// Sends a password reset link by email when TESSERA_SMTP_URL is set; otherwise the administrator
// hands the link over. Never logs the link or the address.
import { smtpTransport } from "../../smtp-transport";

export interface ResetLinkMail {
  to: string;
  name: string;
  link: string;
  expiresAt: string;
}

export async function sendResetLinkMail(mail: ResetLinkMail, env = process.env): Promise<boolean> {
  const url = env.TESSERA_SMTP_URL;
  if (!url) return false;
  const transport = await smtpTransport(url);
  await transport.sendMail({
    from: env.TESSERA_MAIL_FROM || `Tessera <no-reply@${new URL(url).hostname || "localhost"}>`,
    to: mail.to,
    subject: "Set a new Tessera password",
    text: [
      `Hello ${mail.name},`,
      ``,
      `An administrator of your practice asked Tessera for a new password for your account.`,
      `Open this link to set it (it works once, until ${mail.expiresAt.slice(0, 16).replace("T", " ")} UTC):`,
      mail.link,
      ``,
      `If you did not expect this email, tell your practice's administrator.`,
    ].join("\n"),
  });
  transport.close();
  return true;
}
