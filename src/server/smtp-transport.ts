// An SMTP transport for the one message being sent. nodemailer is loaded on the first mail, not
// at start (about 80 ms of a cold start, and most installations send none).
import type { Transporter } from "nodemailer";

export async function smtpTransport(url: string): Promise<Transporter> {
  const { default: nodemailer } = await import("nodemailer");
  return nodemailer.createTransport(url);
}
