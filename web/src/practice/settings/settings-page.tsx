// The practice's settings, for its administrators: the crisis text a client is shown at once when
// their answers raise a safety flag. Empty means Tessera's default text; the page shows exactly
// what the client will read. Other logins are told plainly (the API refuses them too).
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { DEFAULT_CRISIS_TEXT, type PracticeSettings } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { FormProblems } from "../../components/form-problems";
import { LoadProblem } from "../../components/load-problem";
import { queryClient } from "../../router/query-client";
import { useSignedIn } from "../../router/signed-in";
import { formatDate } from "../../vocabulary-labels";
import { useViewTitle } from "../../workspace/use-view-title";
import "./settings.css";

const KEY = ["practice", "settings"] as const;
const MAX = 5000;

export function SettingsPage() {
  useViewTitle("Practice settings");
  const { me } = useSignedIn();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.getPracticeSettings(signal),
    enabled: me.user.role === "admin",
  });
  // Kept here: the form starts afresh from each saved version, the message stays.
  const [saved, setSaved] = useState<string | null>(null);

  if (me.user.role !== "admin")
    return (
      <section className="narrow stack">
        <h1>Practice settings</h1>
        <p>Only an administrator of the practice can change its settings.</p>
      </section>
    );
  const s = settings.data;
  return (
    <div className="stack-lg settings-page">
      <h1>Practice settings</h1>
      <LoadProblem error={settings.error} onRetry={() => void settings.refetch()} />
      {!s && !settings.error && <p className="page-status">Loading…</p>}
      {s && <CrisisTextForm key={s.updatedAt ?? "default"} settings={s} saved={saved} onSaved={setSaved} />}
    </div>
  );
}

function CrisisTextForm({
  settings: s,
  saved,
  onSaved,
}: {
  settings: PracticeSettings;
  saved: string | null;
  onSaved: (message: string | null) => void;
}) {
  const [text, setText] = useState(s.customCrisisText ? s.crisisText : "");
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (crisisText: string | null, message: string) => {
    setBusy(true);
    setProblem(null);
    onSaved(null);
    try {
      const next = await api.updatePracticeSettings({ crisisText });
      onSaved(message);
      queryClient.setQueryData(KEY, next);
    } catch (err) {
      setProblem(err);
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    void save(trimmed || null, trimmed ? "The crisis text is saved." : "Clients will see the default text.");
  };
  const shown = text.trim() || DEFAULT_CRISIS_TEXT;

  return (
    <form className="card stack" aria-labelledby="crisis-title" onSubmit={submit}>
      <h2 id="crisis-title">Crisis text</h2>
      <p>
        A client who answers a questionnaire in a way that raises a safety flag (for example PHQ-9 item 9
        above 0) sees this text at once, before anything else. Name who to call in your area and how your
        practice will follow up. Leave it empty to use Tessera&rsquo;s default.
      </p>
      <p className="muted small">
        {s.customCrisisText
          ? `${s.practiceName} uses its own text${s.updatedAt ? `, last changed ${formatDate(s.updatedAt.slice(0, 10))}` : ""}.`
          : `${s.practiceName} uses the default text.`}
      </p>
      <FormProblems error={problem} />
      <label className="field__label" htmlFor="crisis-text">
        The practice&rsquo;s crisis text
      </label>
      <textarea
        id="crisis-text"
        rows={6}
        maxLength={MAX}
        value={text}
        placeholder="Empty: clients read the default text shown below."
        aria-describedby="crisis-count"
        onChange={(e) => {
          setText(e.target.value);
          onSaved(null);
        }}
      />
      <p id="crisis-count" className="muted small">
        {text.length} of {MAX} characters
      </p>
      <section className="settings-preview" aria-labelledby="preview-title">
        <h3 id="preview-title">What the client will read</h3>
        <p className="settings-preview__text">{shown}</p>
      </section>
      <div className="settings-actions">
        <button type="submit" className="button--primary" disabled={busy}>
          Save the crisis text
        </button>
        {s.customCrisisText && (
          <button
            type="button"
            className="button--secondary"
            disabled={busy}
            onClick={() => {
              setText("");
              void save(null, "Clients will see the default text.");
            }}
          >
            Use the default text
          </button>
        )}
      </div>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
