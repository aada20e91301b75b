import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { lintResume } from '../../../core/resume/lint-resume';
import type { Resume } from '../../../core/resume/resume-schema';
import { resumeSchema } from '../../../core/resume/resume-schema';
import { tailorResume } from '../../../core/resume/tailor-resume';
import type { TranslateOptions } from '../../../core/resume/translate-resume';
import { applyChanges, translateResume } from '../../../core/resume/translate-resume';
import type { ExportFormat } from '../../../templates/export-formats';
import { EXPORT_FORMATS, exportFormatIds } from '../../../templates/export-formats';
import type { Paper } from '../../../templates/render-pdf';
import { renderPlainText } from '../../../templates/render-text';
import type { TemplateId } from '../../../templates/templates';
import { TEMPLATES, templateIds } from '../../../templates/templates';
import { api } from '../api-client';
import { deleteEverything, download, loadDraft, saveDraft } from '../resume/drafts';
import { ResumeForm } from '../resume/resume-form';
import { useDocumentTitle } from '../use-document-title';

const EMPTY: Resume = { basics: {}, work: [{ highlights: [] }] };

/** Drops blank duty lines and empty optional fields before validation. */
function tidy(resume: Resume): Resume {
  return {
    ...resume,
    work: resume.work?.map((w) => ({
      ...w,
      highlights: (w.highlights ?? []).map((h) => h.trim()).filter(Boolean),
    })),
  };
}

/** The resume builder. Everything here runs in this browser; the resume is never sent to the server. */
export function ResumePage() {
  useDocumentTitle('Resume');
  const [params] = useSearchParams();
  const leadId = params.get('lead');
  const [draft, setDraft] = useState<Resume>(() => loadDraft() ?? EMPTY);
  const [options, setOptions] = useState<TranslateOptions>({
    mode: 'private',
    generalizeEmployer: false,
    titleChoices: {},
  });
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [template, setTemplate] = useState<TemplateId>('ats-modern');
  const [paper, setPaper] = useState<Paper>('letter');
  const [jobText, setJobText] = useState<{ title: string; text: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => saveDraft(draft), [draft]);

  // "Tailor my resume to this job": only the public job posting is fetched; the resume stays here.
  useEffect(() => {
    if (!leadId) return;
    api.leads[':id']
      .$get({ param: { id: leadId }, query: {} })
      .then(async (res) => {
        if (res.ok) {
          const lead = (await res.json()) as unknown as {
            title: string;
            company: string;
            description: string;
          };
          setJobText({
            title: `${lead.title} at ${lead.company}`,
            text: `${lead.title}\n${lead.description}`,
          });
        }
      })
      .catch(() => setJobText(null));
  }, [leadId]);

  const parsed = useMemo(() => resumeSchema.safeParse(tidy(draft)), [draft]);
  const translation = useMemo(() => {
    if (!parsed.success) return null;
    performance.mark('offramp:translate-start');
    const result = translateResume(parsed.data, options);
    performance.measure('offramp:translate', 'offramp:translate-start');
    return result;
  }, [parsed, options]);
  const accepted = useMemo(
    () => new Set((translation?.changes ?? []).map((c) => c.id).filter((id) => !rejected.has(id))),
    [translation, rejected],
  );
  const final = useMemo(
    () => (parsed.success && translation ? applyChanges(parsed.data, translation, accepted) : null),
    [parsed, translation, accepted],
  );
  const lint = useMemo(() => (final ? lintResume(final) : null), [final]);
  const tailoring = useMemo(
    () => (final && jobText ? tailorResume(final, jobText.text) : null),
    [final, jobText],
  );

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = resumeSchema.safeParse(JSON.parse(await file.text()));
      if (!result.success) {
        const issue = result.error.issues[0];
        setImportError(
          `${file.name} is not a valid JSON Resume: ${issue?.path.join('.') || '(file)'}: ${issue?.message}`,
        );
        return;
      }
      setImportError(null);
      setDraft(result.data);
      setRejected(new Set());
    } catch (error) {
      setImportError(`${file.name} could not be read as JSON (${(error as Error).message}).`);
    }
  };

  const name = (final?.basics?.name || 'resume').replace(/[^\w.-]+/g, '-').toLowerCase();
  const exportAs = async (format: ExportFormat) => {
    if (!final) return;
    const spec = EXPORT_FORMATS[format];
    setStatus(`Preparing your ${spec.label}…`);
    performance.mark(`offramp:${format}-start`);
    const body = await spec.render({ resume: final, template, paper });
    performance.measure(`offramp:${format}`, `offramp:${format}-start`);
    const part = typeof body === 'string' ? body : (body.slice().buffer as ArrayBuffer);
    download(new Blob([part], { type: spec.mediaType }), `${name}.${spec.extension}`);
    setStatus(`Your ${spec.label} is downloading. It was made in this browser; nothing was uploaded.`);
  };

  return (
    <div className="resume-page">
      <section className="page-intro" aria-labelledby="resume-heading">
        <p className="eyebrow">Resume builder</p>
        <h1 id="resume-heading">Say what you did in words a civilian recruiter reads</h1>
        <p className="lede">
          Titles, grades, systems and form numbers become plain civilian terms. Every change is explained, and
          you decide what stays.
        </p>
        <div className="notice">
          <h2>Private by design</h2>
          <p>
            The builder runs in this browser. Your draft is kept on this device only and is never sent to
            Offramp.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                deleteEverything();
                setDraft(EMPTY);
                setRejected(new Set());
                setStatus('Everything Offramp kept in this browser has been deleted.');
              }}
            >
              Delete everything
            </button>
          </p>
        </div>
      </section>

      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {status && <p className="status-line">{status}</p>}

      <div className="resume-layout">
        <section aria-labelledby="input-heading">
          <h2 id="input-heading">Your experience</h2>
          <label className="file-import">
            Import a JSON Resume file
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => onImport(e.target.files?.[0])}
            />
          </label>
          {importError && (
            <p className="notice notice--error" role="alert">
              {importError}
            </p>
          )}
          <ResumeForm resume={draft} onChange={setDraft} />
          <fieldset className="form-group">
            <legend>Options</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={options.generalizeEmployer}
                onChange={(e) => setOptions({ ...options, generalizeEmployer: e.target.checked })}
              />
              Describe my agency in general terms (e.g. “Federal law enforcement agency”)
            </label>
            <label>
              Resume for
              <select
                className="select"
                value={options.mode}
                onChange={(e) => setOptions({ ...options, mode: e.target.value as TranslateOptions['mode'] })}
              >
                <option value="private">private-sector jobs (drops salary and hours)</option>
                <option value="federal">federal jobs (keeps grade, salary and hours)</option>
              </select>
            </label>
          </fieldset>
        </section>

        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Suggested changes</h2>
          {!parsed.success && (
            <p className="notice notice--error" role="alert">
              Check {parsed.error.issues[0]?.path.join('.')}: {parsed.error.issues[0]?.message}
            </p>
          )}
          {translation &&
            Object.entries(translation.titleOptions).map(([i, opts]) => (
              <label key={i}>
                Civilian title for job {Number(i) + 1}
                <select
                  className="select"
                  value={options.titleChoices?.[Number(i)] ?? opts[0]}
                  onChange={(e) =>
                    setOptions({
                      ...options,
                      titleChoices: { ...options.titleChoices, [Number(i)]: e.target.value },
                    })
                  }
                >
                  {opts.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              </label>
            ))}
          {translation && translation.changes.length === 0 && (
            <p>No agency terms found yet. Add duties on the left and suggestions appear here.</p>
          )}
          <ul className="changes">
            {translation?.changes.map((c) => (
              <li key={c.id} className="change">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!rejected.has(c.id)}
                    onChange={(e) => {
                      const next = new Set(rejected);
                      if (e.target.checked) next.delete(c.id);
                      else next.add(c.id);
                      setRejected(next);
                    }}
                  />
                  <span>
                    <del>{c.original || '(nothing)'}</del> → <ins>{c.replacement || '(removed)'}</ins>
                  </span>
                </label>
                <p className="change__why">{c.reason}</p>
              </li>
            ))}
          </ul>
          {lint && (
            <>
              <h3>Checks</h3>
              <p>
                About {lint.estimatedPages} page{lint.estimatedPages === 1 ? '' : 's'}.
              </p>
              {lint.findings.length === 0 ? (
                <p>No problems found.</p>
              ) : (
                <ul className="findings">
                  {lint.findings.map((f) => (
                    <li key={`${f.path}-${f.rule}-${f.message}`}>{f.message}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          {tailoring && jobText && (
            <>
              <h3>Fit to {jobText.title}</h3>
              <p>
                Your resume covers {Math.round(tailoring.score * 100)}% of what the posting asks for.
                {tailoring.missing.length > 0 && ` Missing: ${tailoring.missing.slice(0, 8).join(', ')}.`}
              </p>
              <ul>
                {tailoring.suggestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="export-heading">
          <h2 id="export-heading">Download</h2>
          <label>
            Template
            <select
              className="select"
              value={template}
              onChange={(e) => setTemplate(e.target.value as TemplateId)}
            >
              {templateIds.map((id) => (
                <option key={id} value={id}>
                  {TEMPLATES[id].label} — {TEMPLATES[id].description}
                </option>
              ))}
            </select>
          </label>
          <label>
            PDF paper
            <select className="select" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
              <option value="letter">US Letter</option>
              <option value="a4">A4</option>
            </select>
          </label>
          <div className="export-buttons">
            {exportFormatIds.map((f) => (
              <button
                key={f}
                type="button"
                className="button button--primary"
                disabled={!final}
                onClick={() => exportAs(f)}
              >
                Download {EXPORT_FORMATS[f].label}
              </button>
            ))}
          </div>
          {final && (
            <>
              <h3>Preview</h3>
              <pre className="preview">{renderPlainText(final, template)}</pre>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
