import type { Tailoring } from '../../../core/resume/tailor-resume';

/** "Fit to this job": coverage of the posting's requirements, what is missing, and what to add. */
export function TailoringPanel({ title, tailoring }: { title: string; tailoring: Tailoring }) {
  return (
    <section className="notice tailoring" aria-labelledby="tailoring-heading">
      <h2 id="tailoring-heading">Fit to {title}</h2>
      <p>
        Your resume covers {Math.round(tailoring.score * 100)}% of what the posting asks for
        {tailoring.covered.length > 0 ? ` (${tailoring.covered.slice(0, 10).join(', ')})` : ''}.
      </p>
      {tailoring.missing.length > 0 && (
        <p>Not in your resume yet: {tailoring.missing.slice(0, 10).join(', ')}.</p>
      )}
      <ul>
        {tailoring.suggestions.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
