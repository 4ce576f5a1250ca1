// A one-time password reset link, shown once: hand it over (or it was emailed, with SMTP set up).
import { useState } from "react";
import type { PasswordResetLink } from "../../../../src/domain";

export function ResetLinkNotice(props: {
  name: string;
  email: string;
  reset: PasswordResetLink;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const until = new Date(props.reset.expiresAt).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const copy = async () => {
    await navigator.clipboard?.writeText(props.reset.link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="notice stack account__reset" role="status">
      {props.reset.emailed ? (
        <p>
          A one-time link to set a new password was emailed to <strong>{props.email}</strong>. It works once,
          until {until}.
        </p>
      ) : (
        <>
          <p>
            Hand this one-time link to {props.name} (in person or by a channel you trust). It works once,
            until {until}, and is shown only now. Using it ends every login of the account.
          </p>
          <label className="account__link">
            <span className="visually-hidden">Reset link for {props.name}</span>
            <input
              readOnly
              value={props.reset.link}
              onFocus={(e) => e.target.select()}
              data-testid="reset-link"
            />
          </label>
        </>
      )}
      <div className="actions">
        {!props.reset.emailed && (
          <button type="button" className="button--secondary button--small" onClick={() => void copy()}>
            {copied ? "Copied" : "Copy the link"}
          </button>
        )}
        <button type="button" className="button--quiet button--small" onClick={props.onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
