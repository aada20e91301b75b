import type { Resume } from '../../../core/resume/resume-schema';
import { SECTIONS, sectionIds } from '../../../core/resume/sections';
import type { NoteMap } from './fields';
import { SECTION_EDITORS } from './section-editors';

/** Every section of the resume, in registry order, each in a collapsible group. */
export function ResumeForm({
  resume,
  onChange,
  notes,
  skillSuggestions,
}: {
  resume: Resume;
  onChange: (r: Resume) => void;
  notes: NoteMap;
  skillSuggestions: string[];
}) {
  return (
    <div className="resume-form">
      {sectionIds.map((id) => {
        const Editor = SECTION_EDITORS[id];
        const count = id === 'basics' ? 0 : ((resume[id] as unknown[] | undefined)?.length ?? 0);
        return (
          <details key={id} className="form-section" open={id === 'basics' || id === 'work' || count > 0}>
            <summary>
              <h3>
                {SECTIONS[id].label}
                {count > 0 ? ` (${count})` : ''}
              </h3>
            </summary>
            <Editor resume={resume} onChange={onChange} notes={notes} skillSuggestions={skillSuggestions} />
          </details>
        );
      })}
    </div>
  );
}
