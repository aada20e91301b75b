import { withoutEmptyItems } from '../core/resume/compact-resume';
import type { Resume } from '../core/resume/resume-schema';
import type { TemplateId } from './templates';
import { layout } from './templates';

/** A Markdown copy, for pasting into job sites that take formatted text. */
export function renderMarkdown(resume: Resume, templateId: TemplateId = 'ats-modern'): string {
  return layout(resume, templateId)
    .blocks.map((b) => {
      switch (b.kind) {
        case 'name':
          return `# ${b.text}\n`;
        case 'contact':
          return `${b.text}\n`;
        case 'heading':
          return `\n## ${b.text}\n`;
        case 'entry':
          return `\n### ${b.title}\n${[b.subtitle, b.dates && `*${b.dates}*`].filter(Boolean).join(' · ')}\n`;
        case 'paragraph':
          return `${b.text}\n`;
        case 'bullet':
          return `- ${b.text}`;
      }
      return '';
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

/** Plain text, for application forms that strip formatting. */
export function renderPlainText(resume: Resume, templateId: TemplateId = 'ats-modern'): string {
  return layout(resume, templateId)
    .blocks.map((b) => {
      switch (b.kind) {
        case 'heading':
          return `\n${b.text.toUpperCase()}`;
        case 'entry':
          return `\n${b.title}\n${[b.subtitle, b.dates].filter(Boolean).join(' | ')}`;
        case 'bullet':
          return `* ${b.text}`;
        default:
          return b.text;
      }
    })
    .join('\n')
    .trim()
    .concat('\n');
}

/** JSON Resume export: the resume as it stands, with the schema reference set. */
export function renderJsonResume(resume: Resume): string {
  return `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...withoutEmptyItems(resume) }, null, 2)}\n`;
}
