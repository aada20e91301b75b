import { Hono } from 'hono';
import { z } from 'zod';
import { translateResumeChecked } from '../../core/resume/check-grammar';
import type { GrammarChecker } from '../../core/resume/grammar/harper-checker';
import { lintResume } from '../../core/resume/lint-resume';
import { resumeSchema } from '../../core/resume/resume-schema';
import { tailorResume } from '../../core/resume/tailor-resume';
import type { ExportFormat, ExportRequest } from '../../templates/export-formats';
import { EXPORT_FORMATS, exportFormatIds } from '../../templates/export-formats';
import { PAPER } from '../../templates/render-pdf';
import { templateIds } from '../../templates/templates';
import { renderDoc, translateDoc } from '../openapi/resume-docs';
import { validate } from '../validate';

const translateBody = z.strictObject({
  resume: resumeSchema,
  options: z
    .strictObject({
      mode: z.enum(['private', 'federal']).default('private'),
      generalizeEmployer: z.boolean().default(false),
      generalizeTitles: z.boolean().optional(),
      titleChoices: z.record(z.string().regex(/^\d+$/), z.string().max(200)).optional(),
    })
    .default({ mode: 'private', generalizeEmployer: false }),
  jobDescription: z.string().max(50_000).optional(),
});

const renderQuery = z.strictObject({
  format: z.enum(exportFormatIds),
  template: z.enum(templateIds).default('ats-modern'),
  paper: z.enum(Object.keys(PAPER) as [keyof typeof PAPER]).default('letter'),
});

/**
 * Resume translation and rendering for advisers and scripts. Neither route logs or stores what it
 * receives: the access log records the route only, and nothing here writes to the store.
 */
export type RenderExport = (format: ExportFormat, request: ExportRequest) => Promise<Uint8Array | string>;

export const renderInProcess: RenderExport = (format, request) => EXPORT_FORMATS[format].render(request);

/**
 * `render` lets the server hand DOCX and PDF to its worker threads, and `grammar` the grammar check
 * to its thread pool; by default both run in place.
 */
export const resumeRoutes = (render: RenderExport = renderInProcess, grammar?: GrammarChecker) =>
  new Hono()
    .post('/translate', translateDoc.describe, validate('json', translateBody), async (c) => {
      const { resume, options, jobDescription } = c.req.valid('json');
      const titleChoices = options.titleChoices
        ? Object.fromEntries(Object.entries(options.titleChoices).map(([k, v]) => [Number(k), v]))
        : undefined;
      const translation = await translateResumeChecked(resume, { ...options, titleChoices }, grammar);
      return translateDoc.json(
        c,
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
      renderDoc.describe,
      validate('query', renderQuery),
      validate('json', z.strictObject({ resume: resumeSchema })),
      async (c) => {
        const { format, template, paper } = c.req.valid('query');
        const { resume } = c.req.valid('json');
        const name = (resume.basics?.name ?? 'resume').replace(/[^\w.-]+/g, '-').toLowerCase() || 'resume';
        const spec = EXPORT_FORMATS[format];
        const body = await render(format, { resume, template, paper });
        return c.body(
          typeof body === 'string'
            ? body
            : (body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
          200,
          {
            'content-type': spec.mediaType,
            'content-disposition': `attachment; filename="${name}.${spec.extension}"`,
          },
        );
      },
    );
