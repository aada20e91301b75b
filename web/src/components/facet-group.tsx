import { useId } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** One facet as a group of checkboxes with counts; a fieldset so its legend names the group. */
export function FacetGroup(props: {
  legend: string;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const id = useId();
  if (props.options.length === 0 && props.selected.length === 0) return null;
  const shown = [...props.options];
  for (const value of props.selected)
    if (!shown.some((o) => o.value === value)) shown.push({ value, label: value, count: 0 });
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{props.legend}</legend>
      <ul className="facet__list">
        {shown.map((option, i) => (
          <li key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={props.selected.includes(option.value)}
              onChange={() => props.onToggle(option.value)}
            />
            <label htmlFor={`${id}-${i}`}>
              {option.label} <span className="facet__count">({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
