import { Link } from 'react-router';
import { useDocumentTitle } from '../use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="page-intro" aria-labelledby="nf-heading">
      <h1 id="nf-heading">We could not find that page</h1>
      <p className="lede">
        The link may be old or mistyped. <Link to="/">Search jobs</Link> or go to the{' '}
        <Link to="/resume">resume builder</Link>.
      </p>
    </section>
  );
}
