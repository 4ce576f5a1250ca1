// Sends the invitation link by email when TESSERA_SMTP_URL is set (smtp://user:pass@host:port);
// otherwise the practitioner copies the link from the page. Never logs the link or the address.
import { smtpTransport } from "../../smtp-transport";

export interface InvitationMail {
  to: string;
  practiceName: string;
  link: string;
  expiresAt: string;
}

export async function sendInvitationMail(mail: InvitationMail, env = process.env): Promise<boolean> {
  const url = env.TESSERA_SMTP_URL;
  if (!url) return false;
  const transport = await smtpTransport(url);
  const until = mail.expiresAt.slice(0, 10);
  await transport.sendMail({
    from: env.TESSERA_MAIL_FROM || `Tessera <no-reply@${new URL(url).hostname || "localhost"}>`,
    to: mail.to,
    subject: `Your client portal at ${mail.practiceName}`,
    text: [
      `Hello,`,
      ``,
      `${mail.practiceName} has opened a client portal for you in Tessera: a private place to write`,
      `reflections between sessions, answer questionnaires and read what your practitioner shares.`,
      ``,
      `Open this link to set your password (it works once, until ${until}):`,
      mail.link,
      ``,
      `If you did not expect this email, you can ignore it.`,
    ].join("\n"),
  });
  transport.close();
  return true;
}
