import type { AppRouter } from "@ontwikkelpad/api";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { Outlet } from "react-router";
import { readCookie } from "./cookies.ts";
import { errorCode, isClientError } from "./errors.ts";

/** Names shared with the server (packages/api/src/context.ts). */
export const CSRF_COOKIE = "op_csrf";
export const CSRF_HEADER = "x-csrf-token";

// Named types: the portals typecheck against this package's declarations, which would otherwise
// spell out the whole router's type (too long for the compiler to write).
type TRPCContext = ReturnType<typeof createTRPCContext<AppRouter>>;
const trpcContext: TRPCContext = createTRPCContext<AppRouter>();
export const TRPCProvider: TRPCContext["TRPCProvider"] = trpcContext.TRPCProvider;
export const useTRPC: TRPCContext["useTRPC"] = trpcContext.useTRPC;
export const useTRPCClient: TRPCContext["useTRPCClient"] = trpcContext.useTRPCClient;

/** The query key prefix of auth.me: refetched whenever any call finds the session gone. */
const ME_KEY = [["auth", "me"]];

export function createQueryClient(): QueryClient {
  const onError = (error: unknown, queryKey?: readonly unknown[]) => {
    const isMe = JSON.stringify(queryKey?.[0]) === JSON.stringify(ME_KEY[0]);
    // The shell watches auth.me and sends the user to the login page once it fails.
    if (errorCode(error) === "UNAUTHORIZED" && !isMe) void client.invalidateQueries({ queryKey: ME_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error) => onError(error),
      // What a page shows after a change is read from the server again: once a change succeeds every
      // query on screen is refetched before the change counts as done, so no section keeps showing
      // what it showed before (the attendance section still waiting for the POK's last signature).
      onSuccess: () => client.invalidateQueries(),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && !isClientError(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

export function createClient(url = "/trpc"): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // Read on every request: the CSRF cookie changes at each login.
        headers: () => {
          const token = readCookie(document.cookie, CSRF_COOKIE);
          return token ? { [CSRF_HEADER]: token } : {};
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

/** tRPC and TanStack Query for one portal; the API lives on the same origin at /trpc. */
export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** The portal's root route: every page below it, the login page included, can call the API. */
export function TrpcOutlet() {
  return (
    <TrpcProvider>
      <Outlet />
    </TrpcProvider>
  );
}
