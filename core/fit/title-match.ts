/**
 * Titles reduced to what identifies the work: lower case, no punctuation or parentheses, no
 * seniority words or grade numbers ("Senior Fraud Investigator II" → "fraud investigator"). The
 * O*NET index is built with this same function, so lookups compare like with like.
 */
const SENIORITY =
  /\b(senior|sr|junior|jr|lead|principal|staff|entry level|entry|level|trainee|apprentice|intern|associate|assistant to|i{1,3}|iv|v|vi{0,3}|ix|x|[1-9])\b/g;

export function normaliseTitleForMatch(title: string): string {
  return title
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/\b(gs|gl|gg|ys)[-\s]?\d{1,2}\b/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(SENIORITY, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts of a title a posting may add around the occupation: "Fraud Investigator - Remote, Night Shift". */
export function titleCandidates(title: string): string[] {
  const main = title.split(/\s+[-–|:,/]\s+|\s*[,|]\s*/)[0] ?? title;
  const both = [normaliseTitleForMatch(title), normaliseTitleForMatch(main)];
  return [...new Set(both.filter(Boolean))];
}
