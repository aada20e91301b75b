/**
 * Words that mark a job title or an employer, for scoring the pieces of a job's header lines. Whole
 * words, lower case; a piece scores by how many it holds.
 */
export const TITLE_WORDS = new Set(
  'officer agent specialist analyst manager supervisor supervisory director assistant technician investigator inspector coordinator clerk deputy sergeant lieutenant captain detective trooper patrolman engineer consultant instructor administrator chief lead senior associate representative adjudicator auditor examiner advisor adviser counselor intern aide dispatcher guard correctional corrections teacher nurse operator mechanic driver planner strategist scientist developer designer architect accountant paralegal attorney lawyer marshal ranger pilot commander leader head president vice partner owner founder volunteer mentor tutor trainer recruiter liaison controller officer-in-charge screener processor writer editor translator interpreter linguist cbpo agent-in-charge'.split(
    ' ',
  ),
);

export const ORG_WORDS = new Set(
  'u.s. us united states department dept agency administration bureau service services office customs border protection enforcement immigration homeland security police sheriff county city state inc inc. llc corp corp. corporation company co. group university college school center centre army navy marine marines corps air force guard coast national federal commission authority institute foundation association society hospital bank partners ltd fletc dhs ice cbp tsa fbi dea atf usms usss uscis hsi ero opr district court prison penitentiary facility port airport station sector field church council ministry network'.split(
    ' ',
  ),
);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,()/]+/)
    .filter(Boolean);

export const titleWords = (text: string) =>
  words(text).filter((w) => TITLE_WORDS.has(w.replace(/\.$/, ''))).length;
export const orgWords = (text: string) =>
  words(text).filter((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/\.$/, ''))).length +
  (/\b(?:of|for)\b/i.test(text) && /^[A-Z]/.test(text) ? 0.5 : 0);

/** Whether a phrase's head, its last word, names a job: "Federal Protective Service Inspector". */
export const endsInTitle = (text: string) => TITLE_WORDS.has((words(text).at(-1) ?? '').replace(/\.$/, ''));
