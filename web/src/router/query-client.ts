// One TanStack Query cache for the app: views share what they loaded (a client, its sessions) and
// a change invalidates by key instead of each page reloading by hand.
import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/http";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
    },
  },
});
