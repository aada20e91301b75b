import type { Proposal } from './render-term';

/** A verb that takes the people taught and the thing taught: "taught [students] [interviewing]". */
const TEACHING_VERB = /(?:^|\s)(?:taught|teach(?:es|ing)?|showed|show(?:s|ing)?|gave|giv(?:es|ing))\s+$/i;

/** Words that open a clause or an adverbial, not the thing taught ("taught students how to …"). */
const NOT_OBJECT = 'how|to|in|on|about|that|what|why|where|at|for|with|from|and|or|during|while|by|as';

/**
 * The thing taught after the people phrase, up to the end of the clause or an adverbial ("at
 * Glynco", "during the 2021 surge"), with its leading space; null when there is none.
 */
const OBJECT_AFTER = new RegExp(
  `^\\s+(?!(?:${NOT_OBJECT})\\b)([A-Za-z][\\w’'/-]*(?:\\s+(?!(?:${NOT_OBJECT})\\b)[\\w’'/-]+)*)(?=\\s*(?:[.;:,()]|$)|\\s+(?:at|in|during|while|for|from|on|by)\\b)`,
);

/**
 * "Taught FLETC CITP students interviewing techniques": spelled out, the people phrase grows to a
 * dozen words and pushes the thing taught to the end ("Taught students in the … Training Centers
 * interviewing techniques"). English moves a long indirect object behind the direct one with "to"
 * (the dative alternation: "taught interviewing techniques to students in …"), so after a verb of
 * teaching or giving the rewrite takes the thing taught along. The span [start, end) is the people
 * phrase; the answer is the text after it that the rewrite should cover, or null.
 */
export function objectAfterPeople(text: string, start: number, end: number): string | null {
  if (!TEACHING_VERB.test(text.slice(0, start))) return null;
  return OBJECT_AFTER.exec(text.slice(end))?.[0] ?? null;
}

/**
 * The people phrase's proposal widened over the thing taught, which comes first and is itself
 * rewritten by `prose` ("TECS queries" is still spelled out), with the people after "to". The thing
 * is rewritten after its verb, where it stands in the sentence, so that its first word is not
 * taken for a sentence's and capitalised.
 */
export function objectFirst(people: Proposal, object: string, prose: (text: string) => string): Proposal {
  const thing = prose(`Taught ${object.trim()}`).replace(/^Taught /, '');
  return { ...people, end: people.end + object.length, replacement: `${thing} to ${people.replacement}` };
}
