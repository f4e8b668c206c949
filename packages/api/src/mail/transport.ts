import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTransport } from "nodemailer";

/** One mail as the outbox hands it to a transport: plain text only. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** `List-Unsubscribe`: the signed link that stops this mail's kinds without a login (RFC 8058); none for a mail HR asked for. */
  unsubscribeUrl?: string;
}

export interface MailTransport {
  /** Delivers the mail or throws; the outbox keeps an unsent mail for the next attempt. */
  send(mail: OutgoingMail): Promise<void>;
}

/** A transport that keeps what it sends in memory, for unit tests. */
export interface MemoryTransport extends MailTransport {
  sent: OutgoingMail[];
}

export const MAIL_FROM = "Ontwikkelpad <noreply@ontwikkelpad.nl>";

const message = (mail: OutgoingMail) => ({
  from: MAIL_FROM,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  // RFC 8058: a mail program's "afmelden" button posts to the link at once, without opening a page.
  ...(mail.unsubscribeUrl
    ? {
        list: { unsubscribe: mail.unsubscribeUrl },
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }
    : {}),
});

/** Sends through the SMTP server of `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transporter.sendMail(message(mail));
    },
  };
}

/**
 * Writes each mail as an `.eml` file under `folder` instead of sending it: what `npm start` does
 * without SMTP_URL, so no mail server is needed and a developer can open what would have been sent.
 */
export function fileTransport(folder: string): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (mail) => {
      const info = await transporter.sendMail(message(mail));
      await mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replaceAll(":", "-")}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`;
      await writeFile(join(folder, name), info.message as Buffer);
    },
  };
}

export function memoryTransport(): MemoryTransport {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    send: async (mail) => {
      sent.push(mail);
    },
  };
}

/** SMTP when `SMTP_URL` is set, otherwise `.eml` files in `<dataDir>/mail`. */
export function mailTransportFromEnv(
  dataDir: string,
  env: { SMTP_URL?: string } = process.env,
): MailTransport {
  const smtpUrl = env.SMTP_URL?.trim();
  return smtpUrl ? smtpTransport(smtpUrl) : fileTransport(join(dataDir, "mail"));
}
