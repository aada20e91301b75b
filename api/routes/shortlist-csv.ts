import type { Salary } from '../../core/lead/lead';
import { BOOKMARK_STAGE_LABEL, CLOSE_REASON_LABEL } from '../../core/pipeline';
import type { BookmarkView } from '../../store/bookmarks-repo';

const COLUMNS = [
  'Title',
  'Employer',
  'Location',
  'Salary',
  'Fit (%)',
  'Closes',
  'Stage',
  'Closed because',
  'Follow up by',
  'Note for the client',
  'Private note',
  'Posting',
] as const;

/**
 * One field as RFC 4180 wants it: quoted when it holds a comma, quote or line break, quotes doubled.
 * A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR: OWASP "CSV injection")
 * is prefixed with an apostrophe, so an employer's title cannot become a formula on the adviser's machine.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const PER = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' } as const;

export function salaryText(salary: Salary | null): string {
  if (!salary || (salary.min === null && salary.max === null)) return '';
  const money = (n: number) =>
    `${salary.currency && salary.currency !== 'USD' ? `${salary.currency} ` : '$'}${n.toLocaleString('en-US')}`;
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min)}–${money(salary.max)}`
      : money((salary.max ?? salary.min) as number);
  return `${range} ${PER[salary.period]}`;
}

/** A client's shortlist as CSV, one row per bookmark, with a header row; CRLF line ends (RFC 4180). */
export function shortlistCsv(bookmarks: BookmarkView[]): string {
  const rows = bookmarks.map((b) => [
    b.title,
    b.company,
    b.location ?? '',
    salaryText(b.salary),
    b.fitScore === null ? '' : String(Math.round(b.fitScore * 100)),
    b.closesAt?.slice(0, 10) ?? '',
    BOOKMARK_STAGE_LABEL[b.stage],
    b.closedReason ? CLOSE_REASON_LABEL[b.closedReason] : '',
    b.followUpOn ?? '',
    b.note,
    b.privateNote,
    b.url ?? '',
  ]);
  return `${[[...COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
