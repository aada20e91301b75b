import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { lintResume } from '../../../core/resume/lint-resume';
import { tailorResume } from '../../../core/resume/tailor-resume';
import type { ExportFormat } from '../../../templates/export-formats';
import { EXPORT_FORMATS, exportFormatIds } from '../../../templates/export-formats';
import type { Paper } from '../../../templates/render-pdf';
import { renderPlainText } from '../../../templates/render-text';
import type { TemplateId } from '../../../templates/templates';
import { TEMPLATES, templateIds } from '../../../templates/templates';
import { api } from '../api-client';
import { download } from '../resume/drafts';
import { noteMap } from '../resume/fields';
import { GrammarStatus } from '../resume/grammar-status';
import { ImportPanel } from '../resume/import-panel';
import { ResumeForm } from '../resume/resume-form';
import { goToField, Suggestions } from '../resume/suggestions';
import { TailoringPanel } from '../resume/tailoring-panel';
import { useBuilder } from '../resume/use-builder';
import { useNarrow } from '../resume/use-narrow';
import { useDocumentTitle } from '../use-document-title';
import '../styles/resume.css';

/** The resume builder. Everything here runs in this browser; the resume is never sent to the server. */
export function ResumePage() {
  useDocumentTitle('Resume');
  const [params] = useSearchParams();
  const leadId = params.get('lead');
  const b = useBuilder();
  const narrow = useNarrow();
  const [jobText, setJobText] = useState<{ title: string; text: string } | null>(null);
  const [status, setStatus] = useState('');

  // "Tailor my resume to this job": only the public job posting is fetched; the resume stays here.
  useEffect(() => {
    if (!leadId) return;
    api.leads[':id']
      .$get({ param: { id: leadId }, query: {} })
      .then(async (res) => {
        if (!res.ok) return;
        const lead = await res.json();
        setJobText({ title: `${lead.title} at ${lead.company}`, text: `${lead.title}\n${lead.description}` });
      })
      .catch(() => setJobText(null));
  }, [leadId]);

  const { final, translation, parsed } = b;
  const lint = useMemo(() => (final ? lintResume(final) : null), [final]);
  const tailoring = useMemo(
    () => (final && jobText ? tailorResume(final, jobText.text) : null),
    [final, jobText],
  );
  const notes = useMemo(() => noteMap(b.notes), [b.notes]);

  const fileName = (final?.basics?.name || 'resume').replace(/[^\w.-]+/g, '-').toLowerCase();
  const exportAs = async (format: ExportFormat) => {
    if (!final) return;
    const spec = EXPORT_FORMATS[format];
    setStatus(`Preparing your ${spec.label}…`);
    performance.mark(`offramp:${format}-start`);
    // The JSON Resume carries the decisions, so importing it again keeps every revert.
    const resume = format === 'json' ? { ...final, 'x-offramp': b.state } : final;
    const body = await spec.render({ resume, template: b.template, paper: b.paper });
    performance.measure(`offramp:${format}`, `offramp:${format}-start`);
    const part = typeof body === 'string' ? body : (body.slice().buffer as ArrayBuffer);
    download(new Blob([part], { type: spec.mediaType }), `${fileName}.${spec.extension}`);
    setStatus(`Your ${spec.label} is downloading. It was made in this browser; nothing was uploaded.`);
  };
  const where = narrow ? 'below' : 'on the right';

  return (
    <div className="resume-page">
      <section className="page-intro" aria-labelledby="resume-heading">
        <p className="eyebrow">Resume builder</p>
        <h1 id="resume-heading">Say what you did in words a civilian recruiter reads</h1>
        <p className="lede">
          Titles, grades, systems and form numbers become plain civilian terms. Every change is explained, and
          you decide what stays.
        </p>
        {tailoring && jobText && <TailoringPanel title={jobText.title} tailoring={tailoring} />}
        <div className="notice">
          <h2>Private by design</h2>
          <p>
            The builder runs in this browser. Your draft and your decisions are kept on this device only and
            are never sent to Offramp. “Delete everything on this device”, at the foot of the page, removes
            them with your saved jobs and settings.
          </p>
        </div>
      </section>

      <p className="status-line" aria-live="polite">
        {status}
      </p>

      <div className="resume-layout">
        <section aria-labelledby="input-heading">
          <h2 id="input-heading">Your experience</h2>
          <ImportPanel
            onImported={(result, label) => {
              b.load(result.resume);
              b.setNotes(result.notes);
              setStatus(
                result.notes.length > 0
                  ? `Read ${label}. Check the ${result.notes.length} field${result.notes.length === 1 ? '' : 's'} marked “Check this”, then look at the suggestions ${where}.`
                  : `Read ${label}. Check the fields, then look at the suggestions ${where}.`,
              );
            }}
          />
          {b.notes.some((n) => n.path === 'other') && (
            <div className="notice">
              <h3>Left out of the import</h3>
              <ul>
                {b.notes
                  .filter((n) => n.path === 'other')
                  .map((n) => (
                    <li key={n.message}>{n.message}</li>
                  ))}
              </ul>
            </div>
          )}
          <ResumeForm
            resume={b.draft}
            onChange={b.setDraft}
            notes={notes}
            skillSuggestions={b.skillSuggestions}
          />
          <fieldset className="form-group">
            <legend>Options</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={b.options.generalizeEmployer}
                onChange={(e) => b.setOptions({ ...b.options, generalizeEmployer: e.target.checked })}
              />
              Describe my agency in general terms (e.g. “Federal law enforcement agency”)
            </label>
            <label className="check check--nested">
              <input
                type="checkbox"
                disabled={!b.options.generalizeEmployer}
                checked={b.options.generalizeEmployer && b.options.generalizeTitles === true}
                onChange={(e) => b.setOptions({ ...b.options, generalizeTitles: e.target.checked })}
              />
              Also generalise titles that name the agency (e.g. “Border Patrol Agent” becomes “Federal border
              security agent”)
            </label>
            <label>
              Resume for
              <select
                className="select"
                value={b.options.mode}
                onChange={(e) =>
                  b.setOptions({ ...b.options, mode: e.target.value === 'federal' ? 'federal' : 'private' })
                }
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
                  value={b.options.titleChoices?.[Number(i)] ?? opts[0]}
                  onChange={(e) =>
                    b.setOptions({
                      ...b.options,
                      titleChoices: { ...b.options.titleChoices, [Number(i)]: e.target.value },
                    })
                  }
                >
                  {opts.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              </label>
            ))}
          {translation && translation.changes.length > 0 && <GrammarStatus {...b.grammar} />}
          {translation && translation.changes.length === 0 && (
            <p>
              No agency terms found yet. Add duties {narrow ? 'above' : 'on the left'} and suggestions appear
              here.
            </p>
          )}
          {translation && parsed.success && final && translation.changes.length > 0 && (
            <Suggestions
              original={parsed.data}
              final={final}
              changes={translation.changes}
              decisions={b.decisions}
              handEdits={b.handEdits}
              onDecide={b.onDecide}
              onHandEdit={b.onHandEdit}
            />
          )}
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
                    <li key={`${f.path}-${f.rule}-${f.message}`}>
                      {f.message}{' '}
                      <button type="button" className="link-button" onClick={() => goToField(f.path)}>
                        Go to it
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>

        <section aria-labelledby="export-heading">
          <h2 id="export-heading">Download</h2>
          <label>
            Template
            <select
              className="select"
              value={b.template}
              onChange={(e) => b.setTemplate(e.target.value as TemplateId)}
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
            <select className="select" value={b.paper} onChange={(e) => b.setPaper(e.target.value as Paper)}>
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
              <pre className="preview">{renderPlainText(final, b.template)}</pre>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
