import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocation, useNavigate } from "react-router";
import { Field, applyServerErrors } from "./Field.tsx";
import { usePortal } from "./portal-context.ts";
import { useTRPC } from "./trpc.tsx";
import { usePageTitle } from "./usePageTitle.ts";

interface LoginValues {
  email: string;
  password: string;
}

/** Where to go after logging in: the page that sent the user here, if it is one of ours. */
export function redirectTarget(state: unknown, fallback = "/"): string {
  const from =
    typeof state === "object" && state !== null && "from" in state ? (state as { from: unknown }).from : null;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : fallback;
}

export function LoginPage() {
  const portal = usePortal();
  usePageTitle("Inloggen", portal.name);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    defaultValues: { email: "", password: "" },
  });
  const { register, handleSubmit, formState } = form;
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate(redirectTarget(location.state), { replace: true });
      },
      onError: (error) => setFormError(applyServerErrors(error, form, ["email", "password"])),
    }),
  );

  return (
    <main id="inhoud" className="login">
      <h1>
        Ontwikkelpad <span className="portal-name">{portal.name}</span>
      </h1>
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          setFormError(null);
          login.mutate(values);
        })}
      >
        <h2>Inloggen</h2>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <Field label="E-mailadres" required error={formState.errors.email?.message}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              {...register("email", { required: "Vul je e-mailadres in." })}
            />
          )}
        </Field>
        <Field label="Wachtwoord" required error={formState.errors.password?.message}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              {...register("password", { required: "Vul je wachtwoord in." })}
            />
          )}
        </Field>
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </form>
    </main>
  );
}
