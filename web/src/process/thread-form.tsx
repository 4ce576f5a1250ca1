// Edits a thread: its name, what it is about, and how far it has come (open, understood, resolved).
import { THREAD_STATUSES, type Thread } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { NameChoiceForm } from "./name-choice-form";

/** What the form edits, so a view's thread card (not only a whole Thread) can be edited. */
type EditedThread = Pick<Thread, "id" | "name" | "status" | "description" | "version">;

export function ThreadForm(props: { thread: EditedThread; onDone: (changed: boolean) => void }) {
  const t = props.thread;
  return (
    <NameChoiceForm
      title={t.name}
      name={{ label: "Name", path: "name", initial: t.name }}
      choice={{ label: "Status", path: "status", initial: t.status, options: THREAD_STATUSES }}
      description={t.description}
      save={({ name, choice, description }) =>
        api.updateThread(t.id, { name, status: choice, description, version: t.version })
      }
      onDone={props.onDone}
    />
  );
}
