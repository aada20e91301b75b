import type { TrackId } from '../../../core/fit/tracks';
import { TRACKS, trackIds } from '../../../core/fit/tracks';

/** The form fields' name for a track, so the form's reader and its checkboxes agree. */
export const trackFieldName = (prefix: string, track: TrackId): string => `${prefix}-${track}`;

/** The tracks ticked in a submitted form built with `TrackCheckboxes`. */
export function tickedTracks(form: FormData, prefix: string): TrackId[] {
  return trackIds.filter((t) => form.get(trackFieldName(prefix, t)) === 'on');
}

/** One checkbox per track, under a legend: the admin's fit correction and curation forms share it. */
export function TrackCheckboxes(props: { legend: string; prefix: string; ticked: readonly string[] }) {
  return (
    <fieldset className="form-group">
      <legend>{props.legend}</legend>
      {trackIds.map((t) => (
        <label key={t} className="check">
          <input
            type="checkbox"
            name={trackFieldName(props.prefix, t)}
            defaultChecked={props.ticked.includes(t)}
          />
          {TRACKS[t].label}
        </label>
      ))}
    </fieldset>
  );
}
