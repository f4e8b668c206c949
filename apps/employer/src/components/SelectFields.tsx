import { Field, QueryState, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import type { RegisterOptions, UseFormRegisterReturn } from "react-hook-form";

/** A form's `register`, narrowed to one field so that forms with different values can pass theirs. */
type RegisterField<Name extends string> = (
  name: Name,
  options?: Pick<RegisterOptions, "required">,
) => UseFormRegisterReturn<Name>;

/** The catalog's functions; they rarely change, so they are fetched once. */
export function useCatalogFunctions() {
  const trpc = useTRPC();
  return useQuery(trpc.catalog.functions.queryOptions(undefined, { staleTime: Infinity }));
}

/** "Functie": a required choice from the catalog's functions. */
export function FunctionSelectField({
  register,
  error,
}: {
  register: RegisterField<"functionId">;
  error: string | undefined;
}) {
  const functions = useCatalogFunctions();
  return (
    <Field label="Functie" required error={error}>
      {(props) =>
        functions.isSuccess ? (
          <select {...props} {...register("functionId", { required: "Kies een functie uit de lijst." })}>
            <option value="">Kies een functie</option>
            {functions.data.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title}
              </option>
            ))}
          </select>
        ) : (
          <QueryState query={functions} loadingText="Functies laden…">
            {() => null}
          </QueryState>
        )
      }
    </Field>
  );
}

/** "Locatie": one of the organisation's locations, or none. */
export function LocationSelectField({
  register,
  error,
}: {
  register: RegisterField<"locationId">;
  error: string | undefined;
}) {
  const trpc = useTRPC();
  const locations = useQuery(trpc.employer.organization.locations.queryOptions());
  return (
    <Field label="Locatie" error={error}>
      {(props) =>
        locations.isSuccess ? (
          <select {...props} {...register("locationId")}>
            <option value="">Geen vaste locatie</option>
            {locations.data.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        ) : (
          <QueryState query={locations} loadingText="Locaties laden…">
            {() => null}
          </QueryState>
        )
      }
    </Field>
  );
}
