import type { Resume } from '../core/resume/resume-schema';
import type { SectionId } from '../core/resume/sections';
import type { Block, TemplateStyle } from './document-model';
import { headerBlocks, SECTION_BUILDERS } from './section-builders';
import { sectionOrder } from './section-order';

export const templateIds = ['ats-classic', 'ats-modern', 'ats-compact'] as const;
export type TemplateId = (typeof templateIds)[number];

export interface Template {
  label: string;
  description: string;
  /** Every section of the registry, in print order (`sectionOrder` checks it names them all). */
  sections: readonly SectionId[];
  style: TemplateStyle;
}

/**
 * The resume templates. All are ATS-safe: one column, real headings, no tables or text boxes for
 * content, standard fonts. A new TemplateId without an entry here fails to compile.
 */
export const TEMPLATES: Record<TemplateId, Template> = {
  'ats-classic': {
    label: 'Classic',
    description: 'Serif type, summary first: a traditional look for management and public-sector roles.',
    sections: sectionOrder([
      'basics',
      'work',
      'education',
      'certificates',
      'skills',
      'languages',
      'volunteer',
      'awards',
      'projects',
    ]),
    style: {
      font: 'Georgia',
      pdfFont: 'TimesRoman',
      bodySize: 11,
      headingSize: 13,
      nameSize: 20,
      accent: '12403F',
      // All-caps bold headings: ATS parsers (OpenResume's among them) do not read Title Case as a heading.
      uppercaseHeadings: true,
    },
  },
  'ats-modern': {
    label: 'Modern',
    description: 'Sans-serif, skills near the top: for analyst, compliance and security roles.',
    sections: sectionOrder([
      'basics',
      'skills',
      'work',
      'certificates',
      'education',
      'languages',
      'projects',
      'volunteer',
      'awards',
    ]),
    style: {
      font: 'Calibri',
      pdfFont: 'Helvetica',
      bodySize: 11,
      headingSize: 12,
      nameSize: 22,
      accent: '1F6A66',
      uppercaseHeadings: true,
    },
  },
  'ats-compact': {
    label: 'Compact',
    description: 'Smaller type to fit long federal careers on fewer pages.',
    sections: sectionOrder([
      'basics',
      'work',
      'skills',
      'certificates',
      'education',
      'languages',
      'awards',
      'volunteer',
      'projects',
    ]),
    style: {
      font: 'Arial',
      pdfFont: 'Helvetica',
      bodySize: 10,
      headingSize: 11,
      nameSize: 18,
      accent: '0B2B2A',
      uppercaseHeadings: true,
    },
  },
};

/** The resume laid out by a template, as blocks for any renderer. */
export function layout(resume: Resume, templateId: TemplateId): { blocks: Block[]; style: TemplateStyle } {
  const template = TEMPLATES[templateId];
  const blocks = [...headerBlocks(resume), ...template.sections.flatMap((s) => SECTION_BUILDERS[s](resume))];
  return { blocks, style: template.style };
}
