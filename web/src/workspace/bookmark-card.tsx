import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BookmarkStage, CloseReason } from '../../../core/pipeline';
import { bookmarkStages, closeReasons } from '../../../core/pipeline';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { fitLabel, formatSalary } from '../format';
import { BOOKMARK_STAGE_LABEL, CLOSE_REASON_LABEL, dayText, shortDate, today } from './labels';

export type Bookmarks = InferResponseType<
  (typeof api.advisers.clients)[':id']['bookmarks']['$get'],
  200
>['bookmarks'];
type Bookmark = Bookmarks[number];
type Patch = {
  stage?: BookmarkStage;
  closedReason?: CloseReason | null;
  followUpOn?: string | null;
  note?: string;
  privateNote?: string;
};

const LEAD_STATUS_NOTE = {
  open: null,
  closed: 'Closed by the employer',
  removed: 'No longer listed',
} as const;

/** One lead on a client's board: what the client would weigh (pay, fit, closing date) and the adviser's controls. */
export function BookmarkCard({
  clientId,
  bookmark,
  onChange,
}: {
  clientId: string;
  bookmark: Bookmark;
  onChange: (b: Bookmarks) => void;
}) {
  const [note, setNote] = useState(bookmark.note);
  const [privateNote, setPrivateNote] = useState(bookmark.privateNote);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<CloseReason>('not-interested');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState('');
  const param = { id: clientId, bookmarkId: bookmark.id };
  const patch = async (json: Patch, done: string) => {
    setProblem('');
    try {
      const result = await call(api.advisers.clients[':id'].bookmarks[':bookmarkId'].$patch({ param, json }));
      setSaved(done);
      setClosing(false);
      onChange(result.bookmarks);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const remove = async () => {
    try {
      onChange(
        (await call(api.advisers.clients[':id'].bookmarks[':bookmarkId'].$delete({ param }))).bookmarks,
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const salary = formatSalary(bookmark.salary);
  const fit = bookmark.fitScore === null ? null : fitLabel(bookmark.fitScore);
  const statusNote = LEAD_STATUS_NOTE[bookmark.leadStatus];
  const overdue = bookmark.followUpOn !== null && bookmark.followUpOn <= today();
  const closesSoon =
    bookmark.closesAt !== null && Date.parse(bookmark.closesAt) - Date.now() < 7 * 86_400_000;
  return (
    <li className="tile bookmark">
      <h4 className="bookmark__title">
        {bookmark.leadStatus === 'removed' ? (
          bookmark.title
        ) : (
          <Link to={`/leads/${bookmark.leadId}`}>{bookmark.title}</Link>
        )}
      </h4>
      <p className="tile__meta">
        {[bookmark.company, bookmark.location].filter(Boolean).join(' · ')}
        {statusNote && <span className="badge badge--muted">{statusNote}</span>}
      </p>
      <dl className="bookmark__facts">
        <dt>Pay</dt>
        <dd>{salary ?? 'Not stated'}</dd>
        <dt>Fit</dt>
        <dd>{fit ? `${fit.label} (${Math.round((bookmark.fitScore ?? 0) * 100)}%)` : 'Not scored'}</dd>
        <dt>Closes</dt>
        <dd className={closesSoon ? 'bookmark__soon' : undefined}>
          {bookmark.closesAt ? shortDate(bookmark.closesAt) : 'No closing date'}
        </dd>
      </dl>
      {bookmark.stage === 'closed' && bookmark.closedReason && (
        <p className="tile__meta">Closed: {CLOSE_REASON_LABEL[bookmark.closedReason]}</p>
      )}
      <label>
        Stage
        <select
          className="select"
          value={closing ? 'closed' : bookmark.stage}
          onChange={(e) => {
            const stage = e.target.value as BookmarkStage;
            if (stage === 'closed') setClosing(true);
            else void patch({ stage }, `Moved to ${BOOKMARK_STAGE_LABEL[stage]}`);
          }}
        >
          {bookmarkStages.map((s) => (
            <option key={s} value={s}>
              {BOOKMARK_STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      {closing && (
        <div className="panel closing">
          <label>
            Why did it close?
            <select
              className="select"
              value={reason}
              onChange={(e) => setReason(e.target.value as CloseReason)}
            >
              {closeReasons.map((r) => (
                <option key={r} value={r}>
                  {CLOSE_REASON_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
          <div className="button-row">
            <button
              className="button button--primary"
              type="button"
              onClick={() => void patch({ stage: 'closed', closedReason: reason }, 'Closed')}
            >
              Close it
            </button>
            <button className="button button--quiet" type="button" onClick={() => setClosing(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <label>
        Follow up by
        <input
          className="input"
          type="date"
          value={bookmark.followUpOn ?? ''}
          onChange={(e) =>
            void patch(
              { followUpOn: e.target.value || null },
              e.target.value ? `Follow-up set for ${dayText(e.target.value)}` : 'Follow-up cleared',
            )
          }
        />
      </label>
      {overdue && <p className="badge badge--warning">Follow-up due</p>}
      <details className="bookmark__notes" open={Boolean(bookmark.note || bookmark.privateNote)}>
        <summary>Notes</summary>
        <label>
          Note for the client
          <textarea
            className="input textarea"
            rows={2}
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <label>
          Private note (never shared)
          <textarea
            className="input textarea"
            rows={2}
            maxLength={5000}
            value={privateNote}
            onChange={(e) => setPrivateNote(e.target.value)}
          />
        </label>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => void patch({ note, privateNote }, 'Notes saved')}
          disabled={note === bookmark.note && privateNote === bookmark.privateNote}
        >
          Save notes
        </button>
      </details>
      <div className="button-row">
        {confirmRemove ? (
          <>
            <button className="button button--danger" type="button" onClick={() => void remove()}>
              Yes, remove it
            </button>
            <button className="button button--quiet" type="button" onClick={() => setConfirmRemove(false)}>
              Keep
            </button>
          </>
        ) : (
          <button className="button button--quiet" type="button" onClick={() => setConfirmRemove(true)}>
            Remove from shortlist…
          </button>
        )}
        <span className="status-line" aria-live="polite">
          {saved}
        </span>
      </div>
      <ProblemNotice message={problem} />
    </li>
  );
}
