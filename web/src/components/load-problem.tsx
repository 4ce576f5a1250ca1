export function LoadProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{error instanceof Error ? error.message : "This could not be loaded."}</p>
      {onRetry && (
        <button type="button" className="button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
