// The summary at the top of a form: what the API said, and which fields need attention.
import { ApiError } from "../api/http";
import { describePath, normalisePath } from "../form-errors";

export function FormProblems({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="notice notice--error" role="alert">
      <p>{details.length > 0 ? "Please check the fields marked below." : message}</p>
      {details.length > 0 && (
        <ul className="problem-list">
          {details.map((d, i) => (
            <li key={i}>
              <strong>{describePath(normalisePath(d.path))}</strong>: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
