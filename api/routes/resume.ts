import { Hono } from 'hono';
import { z } from 'zod';
import { lintResume } from '../../core/resume/lint-resume';
import { resumeSchema } from '../../core/resume/resume-schema';
import { tailorResume } from '../../core/resume/tailor-resume';
import { translateResume } from '../../core/resume/translate-resume';
import { renderDocx } from '../../templates/render-docx';
import { PAPER, renderPdf } from '../../templates/render-pdf';
import { renderJsonResume, renderMarkdown } from '../../templates/render-text';
import { templateIds } from '../../templates/templates';
import { validate } from '../validate';

const translateBody = z.strictObject({
  resume: resumeSchema,
  options: z
    .strictObject({
      mode: z.enum(['private', 'federal']).default('private'),
      generalizeEmployer: z.boolean().default(false),
      titleChoices: z.record(z.string().regex(/^\d+$/), z.string().max(200)).optional(),
    })
    .default({ mode: 'private', generalizeEmployer: false }),
  jobDescription: z.string().max(50_000).optional(),
});

const renderQuery = z.strictObject({
  format: z.enum(['docx', 'pdf', 'json', 'md']),
  template: z.enum(templateIds).default('ats-modern'),
  paper: z.enum(Object.keys(PAPER) as [keyof typeof PAPER]).default('letter'),
});

const CONTENT_TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
} as const;

/**
 * Resume translation and rendering for advisers and scripts. Neither route logs or stores what it
 * receives: the access log records the route only, and nothing here writes to the store.
 */
export const resumeRoutes = () =>
  new Hono()
    .post('/translate', validate('json', translateBody), (c) => {
      const { resume, options, jobDescription } = c.req.valid('json');
      const titleChoices = options.titleChoices
        ? Object.fromEntries(Object.entries(options.titleChoices).map(([k, v]) => [Number(k), v]))
        : undefined;
      const translation = translateResume(resume, { ...options, titleChoices });
      return c.json(
        {
          ...translation,
          lint: lintResume(translation.resume),
          tailoring: jobDescription ? tailorResume(translation.resume, jobDescription) : null,
        },
        200,
      );
    })
    .post(
      '/render',
      validate('query', renderQuery),
      validate('json', z.strictObject({ resume: resumeSchema })),
      async (c) => {
        const { format, template, paper } = c.req.valid('query');
        const { resume } = c.req.valid('json');
        const name = (resume.basics?.name ?? 'resume').replace(/[^\w.-]+/g, '-').toLowerCase() || 'resume';
        const body =
          format === 'docx'
            ? await renderDocx(resume, template)
            : format === 'pdf'
              ? await renderPdf(resume, template, paper)
              : format === 'json'
                ? renderJsonResume(resume)
                : renderMarkdown(resume, template);
        return c.body(
          typeof body === 'string'
            ? body
            : (body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
          200,
          {
            'content-type': CONTENT_TYPE[format],
            'content-disposition': `attachment; filename="${name}.${format}"`,
          },
        );
      },
    );
