// Who is signed in, for the shell and pages under the router.
import { createContext, useContext } from "react";
import type { Me } from "../api/tessera-api";

export interface SignedIn {
  me: Me;
  logout: () => Promise<void>;
}

export const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error("useSignedIn outside the signed-in shell");
  return value;
}
