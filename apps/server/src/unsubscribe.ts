import type http from "node:http";
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "@ontwikkelpad/core";
import { mailSettingsPath, readUnsubscribeToken, unsubscribe } from "@ontwikkelpad/api/mail";
import type { Database } from "@ontwikkelpad/db";
import type { Logger } from "pino";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small Dutch page of its own: the portals' scripts and styles are not needed to read it. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Ontwikkelpad</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const kindList = (kinds: readonly NotificationKind[]) =>
  `<ul>${kinds.map((k) => `<li>${escapeHtml(NOTIFICATION_KIND_LABELS[k])}</li>`).join("")}</ul>`;

const settingsLink = (kinds: readonly NotificationKind[]) =>
  `<a href="${escapeHtml(mailSettingsPath(kinds[0]!))}">Meldingen instellen</a>`;

const REFUSED = page(
  "Deze afmeldlink klopt niet",
  "<p>Open de link uit de e-mail opnieuw, zonder hem te veranderen. Of log in bij Ontwikkelpad en kies bij Meldingen, onder Meldingen instellen, welke e-mail je krijgt.</p>",
);

function send(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

/**
 * `/afmelden?token=…`, the link at the foot of a notification mail, without a login. GET shows what
 * the link stops and asks to confirm: mail scanners open links, and opening one must not unsubscribe
 * anyone. POST (the page's button, or a mail program's one-click unsubscribe, RFC 8058) stops the
 * link's kinds for its user and confirms it in Dutch. A token this server did not sign, or one changed
 * since, is refused with a page saying what to do instead.
 */
export function handleUnsubscribe(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  { db, logger, ip }: { db: Database; logger: Logger; ip: string },
): void {
  const token = new URL(req.url ?? "/", "http://localhost").searchParams.get("token") ?? "";
  if (req.method === "GET" || req.method === "HEAD") {
    const link = readUnsubscribeToken(token);
    if (!link) return send(res, 400, REFUSED);
    return send(
      res,
      200,
      page(
        "Afmelden voor e-mail",
        `<p>Je krijgt dan geen e-mail meer over:</p>${kindList(link.kinds)}
<form method="post" action="/afmelden?token=${escapeHtml(token)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Afmelden</button>
</form>
<p>Liever één e-mail per dag met alles wat er wacht? Kies het bij ${settingsLink(link.kinds)} (je logt eerst in).</p>`,
      ),
    );
  }
  if (req.method !== "POST") {
    res.setHeader("allow", "GET, HEAD, POST");
    return send(res, 405, REFUSED);
  }
  // The form's one field says nothing the token does not: the body is read to its end and left.
  req.resume();
  req.on("end", () => {
    unsubscribe(db, token, ip).then(
      (link) =>
        link
          ? send(
              res,
              200,
              page(
                "Je bent afgemeld",
                `<p>Je krijgt geen e-mail meer over:</p>${kindList(link.kinds)}
<p>In Ontwikkelpad zie je deze meldingen nog wel. Wil je er toch weer e-mail over, of één keer per dag? Kies het bij ${settingsLink(link.kinds)}.</p>`,
              ),
            )
          : send(res, 400, REFUSED),
      (err: unknown) => {
        logger.error({ err }, "unsubscribe failed");
        send(
          res,
          500,
          page(
            "Er ging iets mis",
            "<p>Je bent nog niet afgemeld. Probeer het over een paar minuten opnieuw.</p>",
          ),
        );
      },
    );
  });
}
