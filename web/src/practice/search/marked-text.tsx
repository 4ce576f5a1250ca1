// A snippet whose matched words come wrapped in « and », drawn with the words marked.
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/g).filter(Boolean);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith("«") ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>,
      )}
    </>
  );
}
