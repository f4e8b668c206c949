import type { RouterOutputs } from "@ontwikkelpad/api";
import { ErrorMessage, formatDate, ReasonField, useRoles, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Request = RouterOutputs["school"]["requests"]["getTraining"];

/**
 * The school's messages to the employer on a training request, kept with it: the employer reads them
 * at step 7 of the Ontwikkelpad. An opleidingsadviseur writes one, e.g. what is missing before enrolment.
 */
export function RequestMessages({ data }: { data: Request }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const send = useMutation(
    trpc.school.requests.sendMessage.mutationOptions({
      onSuccess: async () => {
        setBody("");
        setSent(true);
        await queryClient.invalidateQueries({ queryKey: trpc.school.requests.pathKey() });
      },
    }),
  );
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">Berichten aan {data.employer}</h2>
      {data.messages.length === 0 ? (
        <p>Er is nog geen bericht gestuurd over deze aanvraag.</p>
      ) : (
        <ul aria-label={`Berichten aan ${data.employer}`}>
          {data.messages.map((m) => (
            <li key={m.id}>
              {m.author} op {formatDate(m.sentAt.slice(0, 10))}: {m.body}
            </li>
          ))}
        </ul>
      )}
      {can("answerTrainingRequests") && (
        <form
          noValidate
          aria-label="Bericht aan de werkgever"
          onSubmit={(e) => {
            e.preventDefault();
            setSent(false);
            if (body.trim().length < 5) {
              setFieldError("Schrijf een bericht van minstens 5 tekens.");
              return;
            }
            setFieldError(null);
            send.mutate({ requestId: data.id, body: body.trim() });
          }}
        >
          <ReasonField
            label="Bericht"
            hint="De werkgever leest het bij deze aanvraag, in stap 7 van het Ontwikkelpad."
            error={fieldError}
            maxLength={2000}
            value={body}
            onChange={setBody}
          />
          {send.isError && <ErrorMessage error={send.error} />}
          {sent && <output className="success">Het bericht is verstuurd naar {data.employer}.</output>}
          <div className="actions">
            <button type="submit" disabled={send.isPending}>
              {send.isPending ? "Bezig met versturen…" : "Bericht versturen"}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
