// The practice's accounts, for its administrators: who can log in, with which role, whether they
// use a second factor and when they last logged in; add an account, disable or enable one, change
// a role, hand over a one-time password reset link, reset a lost second factor. Other logins get
// a plain "not allowed" page (the API refuses them too).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/tessera-api";
import { ApiError } from "../../api/http";
import { LoadProblem } from "../../components/load-problem";
import { useSignedIn } from "../../router/signed-in";
import { useViewTitle } from "../../workspace/use-view-title";
import { AccountCard } from "./account-card";
import { AddAccountForm } from "./add-account-form";
import "./accounts.css";

export const ACCOUNTS_KEY = ["accounts"] as const;

export function AccountsPage() {
  useViewTitle("Accounts");
  const { me } = useSignedIn();
  if (me.user.role !== "admin") return <NotAllowed />;
  return <Accounts selfId={me.user.id} />;
}

function NotAllowed() {
  return (
    <section className="narrow stack" aria-labelledby="accounts-not-allowed">
      <h1 id="accounts-not-allowed">Accounts</h1>
      <p className="notice">
        Only the practice’s administrators manage accounts. If you need an account added, disabled or a
        password reset, ask one of them.
      </p>
    </section>
  );
}

function Accounts({ selfId }: { selfId: string }) {
  const queryClient = useQueryClient();
  const accounts = useQuery({
    queryKey: ACCOUNTS_KEY,
    queryFn: ({ signal }) => api.listAccounts(signal),
  });
  const [adding, setAdding] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
  if (accounts.error instanceof ApiError && accounts.error.status === 403) return <NotAllowed />;
  const items = accounts.data?.items ?? [];
  const active = items.filter((a) => !a.disabled).length;
  return (
    <div className="stack-lg accounts">
      <div className="accounts__head">
        <div>
          <h1>Accounts</h1>
          <p className="muted">
            {accounts.data ? `${items.length} accounts, ${active} active. ` : ""}Administrators manage
            accounts and read the audit trail; they see a client’s records only when on that client’s care
            team.
          </p>
        </div>
        {!adding && (
          <button type="button" className="button--primary" onClick={() => setAdding(true)}>
            Add an account
          </button>
        )}
      </div>
      <LoadProblem error={accounts.error} onRetry={() => void accounts.refetch()} />
      {adding && (
        <AddAccountForm
          onCancel={() => setAdding(false)}
          onAdded={async () => {
            setAdding(false);
            await refresh();
          }}
        />
      )}
      <ul className="accounts__list" aria-label="Accounts">
        {items.map((a) => (
          <AccountCard key={a.id} account={a} isSelf={a.id === selfId} onChanged={refresh} />
        ))}
      </ul>
    </div>
  );
}
