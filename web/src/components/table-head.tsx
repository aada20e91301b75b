/**
 * A table's header row. `action` adds a last column for row buttons, named for screen readers
 * only, since a visible "Action" heading says nothing a sighted reader needs.
 */
export function TableHead({ columns, action = false }: { columns: string[]; action?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
        {action && (
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
