// Shown to the client at once when their answers raise the PHQ-9 item-9 flag: the practice's crisis
// text (or the default). Calm and plain; it does not wait for the practitioner.
import { useEffect, useRef } from "react";

export function CrisisNotice({ text }: { text: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="crisis-notice" role="alert" tabIndex={-1} ref={box} aria-labelledby="crisis-title">
      <h3 id="crisis-title">If you need help now</h3>
      {text.split(/\n+/).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
