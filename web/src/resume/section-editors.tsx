import type { ReactNode } from 'react';
import type { Resume, WorkItem } from '../../../core/resume/resume-schema';
import type { SectionHandlers } from '../../../core/resume/sections';
import { EntryList } from './entry-list';
import type { NoteMap } from './fields';
import { Field, ListField } from './fields';
import { LIST_EDITORS } from './list-editors';

export interface EditorProps {
  resume: Resume;
  onChange: (resume: Resume) => void;
  notes: NoteMap;
  /** Skills the translated duties show, not yet in the skills list. */
  skillSuggestions: string[];
}
export type SectionEditor = (props: EditorProps) => ReactNode;

function Basics({ resume, onChange, notes }: EditorProps) {
  const b = resume.basics ?? {};
  const set = (patch: Partial<NonNullable<Resume['basics']>>) =>
    onChange({ ...resume, basics: { ...b, ...patch } });
  const linkedIn = b.profiles?.find((p) => p.network === 'LinkedIn')?.url;
  return (
    <>
      <Field
        label="Name (optional — you can leave it out until you send the resume)"
        path="basics.name"
        value={b.name}
        onChange={(name) => set({ name })}
        notes={notes}
      />
      <Field
        label="Headline"
        path="basics.label"
        value={b.label}
        onChange={(label) => set({ label })}
        notes={notes}
        placeholder="e.g. Deportation Officer"
      />
      <div className="form-row">
        <Field
          label="E-mail"
          type="email"
          path="basics.email"
          value={b.email}
          onChange={(email) => set({ email })}
          notes={notes}
        />
        <Field
          label="Phone"
          type="tel"
          path="basics.phone"
          value={b.phone}
          onChange={(phone) => set({ phone })}
          notes={notes}
        />
      </div>
      <div className="form-row">
        <Field
          label="City"
          path="basics.location.city"
          value={b.location?.city}
          onChange={(city) => set({ location: { ...b.location, city } })}
          notes={notes}
        />
        <Field
          label="State or region"
          path="basics.location.region"
          value={b.location?.region}
          onChange={(region) => set({ location: { ...b.location, region } })}
          notes={notes}
        />
      </div>
      <div className="form-row">
        <Field
          label="Website"
          path="basics.url"
          value={b.url}
          onChange={(url) => set({ url })}
          notes={notes}
          placeholder="https://"
        />
        <Field
          label="LinkedIn"
          path="basics.profiles"
          value={linkedIn}
          onChange={(url) =>
            set({
              profiles: [
                ...(b.profiles ?? []).filter((p) => p.network !== 'LinkedIn'),
                ...(url ? [{ network: 'LinkedIn', url }] : []),
              ],
            })
          }
          notes={notes}
          placeholder="https://linkedin.com/in/…"
        />
      </div>
      <Field
        label="Summary"
        path="basics.summary"
        rows={3}
        value={b.summary}
        onChange={(summary) => set({ summary })}
        notes={notes}
      />
    </>
  );
}

const dates = (
  item: { startDate?: string; endDate?: string },
  set: (p: { startDate?: string; endDate?: string }) => void,
  path: string,
  notes: NoteMap,
) => (
  <>
    <Field
      label="Start (YYYY-MM)"
      path={`${path}.startDate`}
      value={item.startDate}
      onChange={(startDate) => set({ startDate })}
      notes={notes}
    />
    <Field
      label="End (blank if current)"
      path={`${path}.endDate`}
      value={item.endDate}
      onChange={(endDate) => set({ endDate })}
      notes={notes}
    />
  </>
);

function Work({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<WorkItem>
      id="work"
      items={resume.work ?? []}
      onChange={(work) => onChange({ ...resume, work })}
      notes={notes}
      blank={{ highlights: [] }}
      render={(job, set, path) => {
        const fed = job['x-federal'] ?? {};
        const setFed = (patch: Partial<typeof fed>) => set({ 'x-federal': { ...fed, ...patch } });
        return (
          <>
            <Field
              label="Title"
              path={`${path}.position`}
              value={job.position}
              onChange={(position) => set({ position })}
              notes={notes}
            />
            <Field
              label="Agency or employer"
              path={`${path}.name`}
              value={job.name}
              onChange={(name) => set({ name })}
              notes={notes}
            />
            <Field
              label="Office or location"
              path={`${path}.location`}
              value={job.location}
              onChange={(location) => set({ location })}
              notes={notes}
            />
            <div className="form-row">{dates(job, set, path, notes)}</div>
            <div className="form-row">
              <Field
                label="Series (e.g. 1895)"
                path={`${path}.x-federal.series`}
                value={fed.series}
                onChange={(series) => setFed({ series })}
                notes={notes}
              />
              <Field
                label="Grade (e.g. GS-12)"
                path={`${path}.x-federal.grade`}
                value={fed.grade}
                onChange={(grade) => setFed({ grade })}
                notes={notes}
              />
              <Field
                label="Hours per week"
                path={`${path}.x-federal.hoursPerWeek`}
                value={fed.hoursPerWeek?.toString()}
                onChange={(h) => setFed({ hoursPerWeek: h ? Number(h) : undefined })}
                notes={notes}
              />
            </div>
            <Field
              label="Salary"
              path={`${path}.x-federal.salary`}
              value={fed.salary}
              onChange={(salary) => setFed({ salary })}
              notes={notes}
            />
            <Field
              label="Summary of the role"
              path={`${path}.summary`}
              rows={2}
              value={job.summary}
              onChange={(summary) => set({ summary })}
              notes={notes}
            />
            <ListField
              label="Duty or result"
              path={`${path}.highlights`}
              items={job.highlights ?? []}
              onChange={(highlights) => set({ highlights })}
              notes={notes}
              addLabel="Add a duty or result"
            />
          </>
        );
      }}
    />
  );
}

type Volunteer = NonNullable<Resume['volunteer']>[number];
function VolunteerEditor({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<Volunteer>
      id="volunteer"
      items={resume.volunteer ?? []}
      onChange={(volunteer) => onChange({ ...resume, volunteer })}
      notes={notes}
      blank={{}}
      render={(v, set, path) => (
        <>
          <Field
            label="Role"
            path={`${path}.position`}
            value={v.position}
            onChange={(position) => set({ position })}
            notes={notes}
          />
          <Field
            label="Organization"
            path={`${path}.organization`}
            value={v.organization}
            onChange={(organization) => set({ organization })}
            notes={notes}
          />
          <div className="form-row">{dates(v, set, path, notes)}</div>
          <ListField
            label="What you did"
            path={`${path}.highlights`}
            items={v.highlights ?? []}
            onChange={(highlights) => set({ highlights })}
            notes={notes}
            addLabel="Add a line"
          />
        </>
      )}
    />
  );
}

type Project = NonNullable<Resume['projects']>[number];
function Projects({ resume, onChange, notes }: EditorProps) {
  return (
    <EntryList<Project>
      id="projects"
      items={resume.projects ?? []}
      onChange={(projects) => onChange({ ...resume, projects })}
      notes={notes}
      blank={{}}
      render={(p, set, path) => (
        <>
          <Field
            label="Project"
            path={`${path}.name`}
            value={p.name}
            onChange={(name) => set({ name })}
            notes={notes}
          />
          <Field
            label="Description"
            path={`${path}.description`}
            rows={2}
            value={p.description}
            onChange={(description) => set({ description })}
            notes={notes}
          />
          <ListField
            label="Result"
            path={`${path}.highlights`}
            items={p.highlights ?? []}
            onChange={(highlights) => set({ highlights })}
            notes={notes}
            addLabel="Add a result"
          />
        </>
      )}
    />
  );
}

/** The form's editor for every section in the registry; a section without one fails to compile. */
export const SECTION_EDITORS: SectionHandlers<SectionEditor> = {
  basics: Basics,
  work: Work,
  volunteer: VolunteerEditor,
  projects: Projects,
  ...LIST_EDITORS,
};
