import type { Edit } from './change';
import { EMPLOYER_NAMES, FIELD_OFFICE } from './data/employers';
import { GLOSSARY } from './data/glossary';
import { gradeSeniority } from './data/titles';

export interface TextOptions {
  generalizeEmployer: boolean;
}

interface CompiledRule {
  regex: RegExp;
  make: (m: RegExpExecArray) => string;
  rule: string;
  reason: string;
  priority: number;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Whole-phrase rewrites that read naturally, keeping every number: they run before single terms.
 */
const PHRASES: { pattern: RegExp; make: (m: RegExpExecArray) => string; why: string }[] = [
  {
    pattern:
      /\b(apprehended|arrested|detained)\s+(over\s+|more than\s+|approximately\s+)?([\d,]+\+?)\s+(?:illegal |criminal |removable )?(aliens|subjects|individuals|migrants|noncitizens|people)\b/gi,
    make: (m) => `took ${m[2] ?? ''}${m[3]} people into custody`,
    why: 'Plain verbs with the numbers kept read clearly to civilian recruiters.',
  },
  {
    pattern:
      /\b(removed|deported|repatriated)\s+(over\s+|more than\s+|approximately\s+)?([\d,]+\+?)\s+(?:illegal |criminal )?(aliens|individuals|noncitizens|people)\b/gi,
    make: (m) => `resolved ${m[2] ?? ''}${m[3]} cases to completion`,
    why: 'Describes the outcome as case resolution, keeping the number.',
  },
  {
    pattern: /\bmanaged (a |an )?(detained|non-detained) docket of ([\d,]+\+?)( cases)?/gi,
    make: (m) => `managed a caseload of ${m[3]} cases`,
    why: 'Caseload is the civilian word for a docket.',
  },
  {
    pattern:
      /\b(processed|prepared|completed|wrote|drafted)\s+([\d,]+\+?)\s+(?:(?:I-?213s?|NTAs?|I-?862s?|Notices to Appear|I-?247As?|detainers|I-?200s?|I-?205s?)(?:,\s*|\s+and\s+|\s*\/\s*)?)+/gi,
    make: (m) =>
      `${m[1]?.toLowerCase()} ${m[2]} case documents and court filings${/\s$/.test(m[0]) ? ' ' : ''}`,
    why: 'Say what the documents are rather than their form numbers.',
  },
  {
    pattern:
      /\b(conducted|performed)\s+(?:line watch|sign[- ]?cutting)(?:\s+and\s+(?:line watch|sign[- ]?cutting))?( operations| duties)?/gi,
    make: (m) => `${m[1]?.toLowerCase()} patrol, surveillance and tracking`,
    why: 'Field terms become the skills they are.',
  },
];

function compile(options: TextOptions): CompiledRule[] {
  const rules: CompiledRule[] = PHRASES.map((p) => ({
    regex: p.pattern,
    make: p.make,
    rule: 'phrase',
    reason: p.why,
    priority: 3,
  }));
  for (const name of EMPLOYER_NAMES) {
    rules.push({
      regex: new RegExp(name.match.source, 'g'),
      make: () => (options.generalizeEmployer ? name.general.toLowerCase() : name.full),
      rule: options.generalizeEmployer ? 'confidential-employer' : 'agency-name',
      reason: options.generalizeEmployer
        ? 'Confidentiality option: the agency is described in general terms, since some names cost seekers interviews.'
        : 'Agency acronyms are spelled out for civilian readers.',
      priority: 2,
    });
  }
  if (options.generalizeEmployer) {
    rules.push({
      regex: new RegExp(FIELD_OFFICE.source, 'g'),
      make: (m) => `${m[1]} regional office`,
      rule: 'confidential-office',
      reason: 'Confidentiality option: field offices and sectors are described as regional offices.',
      priority: 2,
    });
  }
  rules.push({
    regex: /\b(GS|GL)-?(\d{1,2})\b(?!\d)/g,
    make: (m) => `${gradeSeniority(`${m[1]}-${m[2]}`)?.phrase ?? 'professional level'}`,
    rule: 'grade',
    reason: 'Federal pay grades become the seniority they stand for.',
    priority: 2,
  });
  for (const entry of GLOSSARY) {
    if (entry.kind === 'agency' && EMPLOYER_NAMES.some((n) => n.match.test(entry.term))) continue;
    const flags = entry.acronym ? 'g' : 'gi';
    rules.push({
      regex: new RegExp(`(?<![\\w-])(?:${entry.match})(?![\\w-])`, flags),
      make: (m) => pluralLike(m[0], entry.term, entry.civilian),
      rule: `glossary:${entry.term}`,
      reason: entry.why,
      priority: 1,
    });
  }
  return rules;
}

/** "DOs" → "officers": a plural match of a singular term takes a plural replacement. */
function pluralLike(matched: string, term: string, civilian: string): string {
  const plural = /[^s]s$/.test(matched) && !/s$/i.test(term) && !/s$/.test(civilian);
  if (!plural) return civilian;
  const words = civilian.split(' ');
  const head = words.findIndex((w) =>
    ['of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'away'].includes(w),
  );
  const i = head > 0 ? head - 1 : words.length - 1;
  const word = words[i] ?? '';
  words[i] = /[^aeiou]y$/.test(word)
    ? `${word.slice(0, -1)}ies`
    : /(s|x|ch|sh)$/.test(word)
      ? `${word}es`
      : `${word}s`;
  return words.join(' ');
}

const cache = new Map<string, CompiledRule[]>();

/** Every rewrite the rules propose for one text, as edits on the original. */
export function proposeEdits(text: string, options: TextOptions): Edit[] {
  const key = JSON.stringify(options);
  const rules = cache.get(key) ?? compile(options);
  cache.set(key, rules);
  const edits: Edit[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
      if (m[0].length === 0) {
        rule.regex.lastIndex++;
        continue;
      }
      let replacement = rule.make(m);
      const atSentenceStart =
        m.index === 0 || /[.!?]\s+$|^\s*$|[:;•\-–]\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (atSentenceStart && /^[A-Z]/.test(m[0])) replacement = cap(replacement);
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement,
        rule: rule.rule,
        reason: rule.reason,
        priority: rule.priority,
      });
    }
  }
  return edits;
}
