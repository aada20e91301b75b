import type { Clearance, Resume } from '../../../core/resume/resume-schema';
import { EntryList } from './entry-list';
import { Field } from './fields';
import type { EditorProps, SectionEditor } from './section-editors';

type Item<K extends keyof Resume> = NonNullable<Resume[K]> extends (infer E)[] ? E : never;

function Skills({ resume, onChange, notes, skillSuggestions }: EditorProps) {
  const skills = resume.skills ?? [];
  return (
    <>
      {skillSuggestions.length > 0 && (
        <div className="skill-suggestions">
          <p>Your translated duties show these skills:</p>
          {skillSuggestions.map((s) => (
            <button
              key={s}
              type="button"
              className="chip"
              onClick={() => onChange({ ...resume, skills: [...skills, { name: s }] })}
            >
              Add {s}
            </button>
          ))}
        </div>
      )}
      <EntryList<Item<'skills'>>
        id="skills"
        items={skills}
        onChange={(s) => onChange({ ...resume, skills: s })}
        notes={notes}
        blank={{}}
        render={(s, set, path) => (
          <div className="form-row">
            <Field
              label="Skill"
              path={`${path}.name`}
              value={s.name}
              onChange={(name) => set({ name })}
              notes={notes}
            />
            <Field
              label="Details, separated by commas"
              path={`${path}.keywords`}
              value={s.keywords?.join(', ')}
              onChange={(k) => set({ keywords: k ? k.split(/\s*,\s*/) : undefined })}
              notes={notes}
            />
          </div>
        )}
      />
    </>
  );
}

function Education({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<Item<'education'>>
      id="education"
      items={resume.education ?? []}
      onChange={(education) => onChange({ ...resume, education })}
      notes={notes}
      blank={{}}
      render={(e, set, path) => (
        <>
          <Field
            label="School"
            path={`${path}.institution`}
            value={e.institution}
            onChange={(institution) => set({ institution })}
            notes={notes}
          />
          <div className="form-row">
            <Field
              label="Degree"
              path={`${path}.studyType`}
              value={e.studyType}
              onChange={(studyType) => set({ studyType })}
              notes={notes}
              placeholder="e.g. Bachelor of Science"
            />
            <Field
              label="Field of study"
              path={`${path}.area`}
              value={e.area}
              onChange={(area) => set({ area })}
              notes={notes}
            />
            <Field
              label="Finished (YYYY or YYYY-MM)"
              path={`${path}.endDate`}
              value={e.endDate}
              onChange={(endDate) => set({ endDate })}
              notes={notes}
            />
          </div>
        </>
      )}
    />
  );
}

const LEVELS = ['Public Trust', 'Confidential', 'Secret', 'Top Secret', 'Top Secret/SCI'];
const STATUSES: NonNullable<Clearance['status']>[] = ['active', 'current', 'inactive', 'expired'];

function Certificates({ resume, onChange, notes }: EditorProps) {
  const clearance = resume['x-clearance'] ?? {};
  const setClearance = (patch: Partial<Clearance>) => {
    const next = { ...clearance, ...patch };
    onChange({ ...resume, 'x-clearance': next.level || next.status || next.date ? next : undefined });
  };
  return (
    <>
      <fieldset className="form-group">
        <legend>Security clearance</legend>
        <div className="form-row">
          <label>
            Level
            <select
              className="select"
              value={clearance.level ?? ''}
              onChange={(e) => setClearance({ level: e.target.value || undefined })}
            >
              <option value="">None or not saying</option>
              {[...new Set([...LEVELS, ...(clearance.level ? [clearance.level] : [])])].map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select
              className="select"
              value={clearance.status ?? ''}
              onChange={(e) => setClearance({ status: (e.target.value || undefined) as Clearance['status'] })}
            >
              <option value="">—</option>
              {STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <Field
            label="Granted or last investigated (YYYY-MM)"
            path="x-clearance.date"
            value={clearance.date}
            onChange={(date) => setClearance({ date })}
            notes={notes}
          />
        </div>
      </fieldset>
      <EntryList<Item<'certificates'>>
        id="certificates"
        items={resume.certificates ?? []}
        onChange={(certificates) => onChange({ ...resume, certificates })}
        notes={notes}
        blank={{}}
        render={(c, set, path) => (
          <div className="form-row">
            <Field
              label="Certification"
              path={`${path}.name`}
              value={c.name}
              onChange={(name) => set({ name })}
              notes={notes}
            />
            <Field
              label="Issued by"
              path={`${path}.issuer`}
              value={c.issuer}
              onChange={(issuer) => set({ issuer })}
              notes={notes}
            />
            <Field
              label="Date (YYYY-MM)"
              path={`${path}.date`}
              value={c.date}
              onChange={(date) => set({ date })}
              notes={notes}
            />
          </div>
        )}
      />
    </>
  );
}

function Languages({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<Item<'languages'>>
      id="languages"
      items={resume.languages ?? []}
      onChange={(languages) => onChange({ ...resume, languages })}
      notes={notes}
      blank={{}}
      render={(l, set, path) => (
        <div className="form-row">
          <Field
            label="Language"
            path={`${path}.language`}
            value={l.language}
            onChange={(language) => set({ language })}
            notes={notes}
          />
          <Field
            label="How well"
            path={`${path}.fluency`}
            value={l.fluency}
            onChange={(fluency) => set({ fluency })}
            notes={notes}
            placeholder="e.g. Professional working"
          />
        </div>
      )}
    />
  );
}

function Awards({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<Item<'awards'>>
      id="awards"
      items={resume.awards ?? []}
      onChange={(awards) => onChange({ ...resume, awards })}
      notes={notes}
      blank={{}}
      render={(a, set, path) => (
        <>
          <div className="form-row">
            <Field
              label="Award"
              path={`${path}.title`}
              value={a.title}
              onChange={(title) => set({ title })}
              notes={notes}
            />
            <Field
              label="Given by"
              path={`${path}.awarder`}
              value={a.awarder}
              onChange={(awarder) => set({ awarder })}
              notes={notes}
            />
            <Field
              label="Date (YYYY-MM)"
              path={`${path}.date`}
              value={a.date}
              onChange={(date) => set({ date })}
              notes={notes}
            />
          </div>
          <Field
            label="What it was for"
            path={`${path}.summary`}
            value={a.summary}
            onChange={(summary) => set({ summary })}
            notes={notes}
          />
        </>
      )}
    />
  );
}

export const LIST_EDITORS: {
  skills: SectionEditor;
  education: SectionEditor;
  certificates: SectionEditor;
  languages: SectionEditor;
  awards: SectionEditor;
} = {
  skills: Skills,
  education: Education,
  certificates: Certificates,
  languages: Languages,
  awards: Awards,
};
