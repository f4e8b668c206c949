import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderImmediate } from "./templates.ts";
import { fileTransport, mailTransportFromEnv, smtpTransport } from "./transport.ts";

const link = "http://localhost:3000/school/aanvragen/scholing/abc";
const unsubscribeUrl = "http://localhost:3000/afmelden?token=ondertekend";
const mail = {
  to: "opleidingsadviseur@maasoever.demo",
  ...renderImmediate({ kind: "trainingRequest", url: link }, unsubscribeUrl),
  unsubscribeUrl,
};

describe("the SMTP transport", () => {
  const received: string[] = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("delivers the Dutch plain-text mail with its link and unsubscribe header to the server of SMTP_URL", async () => {
    await mailTransportFromEnv("/nonexistent", { SMTP_URL: `smtp://127.0.0.1:${port}` }).send(mail);
    expect(received).toHaveLength(1);
    const raw = received[0]!.replaceAll(/=\r?\n/g, "");
    expect(raw).toContain("Subject: Er is een scholingsaanvraag binnengekomen");
    expect(raw).toContain(link);
    expect(raw).toContain(`List-Unsubscribe: <${unsubscribeUrl}>`);
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toMatch(/Content-Type: text\/plain/);
  });

  it("refuses loudly when the server is not there", async () => {
    await expect(smtpTransport("smtp://127.0.0.1:1").send(mail)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("the file transport", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "mail-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("writes each mail as an .eml file a mail program opens", async () => {
    await fileTransport(folder).send(mail);
    await fileTransport(folder).send(mail);
    const files = await readdir(folder);
    expect(files.filter((f) => f.endsWith(".eml"))).toHaveLength(2);
    const eml = await readFile(join(folder, files[0]!), "utf8");
    expect(eml).toContain("To: opleidingsadviseur@maasoever.demo");
    expect(eml.replaceAll(/=\n/g, "")).toContain(link);
  });
});
