import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { errorMessage } from "./errors.ts";

/** Shows a query's loading state or its Dutch error with a retry button, else renders the data. */
export function QueryState<T, E = unknown>({
  query,
  children,
  loadingText = "Laden…",
}: {
  query: UseQueryResult<T, E>;
  children: (data: T) => ReactNode;
  loadingText?: string;
}) {
  if (query.isPending) {
    return <output className="status">{loadingText}</output>;
  }
  if (query.isError)
    return (
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  return <>{children(query.data)}</>;
}

export function ErrorMessage({
  error,
  onRetry,
  retrying = false,
}: {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <div className="error-box" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry} disabled={retrying}>
          {retrying ? "Bezig…" : "Opnieuw proberen"}
        </button>
      )}
    </div>
  );
}
