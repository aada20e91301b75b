export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label="Result pages">
      <button
        type="button"
        className="button button--quiet"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous
      </button>
      <ul>
        {numbers.map((n) => (
          <li key={n}>
            <button
              type="button"
              className="button button--quiet"
              aria-current={n === page ? 'page' : undefined}
              onClick={() => onPage(n)}
            >
              <span className="visually-hidden">Page </span>
              {n}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--quiet"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
