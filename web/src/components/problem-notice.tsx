/** A refused action's message, announced to screen readers as it appears; nothing when empty. */
export function ProblemNotice({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
