import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import { Link } from 'react-router';
import { bookmarkStages } from '../../../core/intake';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { BOOKMARK_STAGE_LABEL } from './labels';

type Bookmarks = InferResponseType<
  (typeof api.advisers.clients)[':id']['bookmarks']['$get'],
  200
>['bookmarks'];
type Bookmark = Bookmarks[number];

const LEAD_STATUS_NOTE = {
  open: null,
  closed: 'Closed by the employer',
  removed: 'No longer listed',
} as const;

function BookmarkRow({
  clientId,
  bookmark,
  onChange,
}: {
  clientId: string;
  bookmark: Bookmark;
  onChange: (b: Bookmarks) => void;
}) {
  const [note, setNote] = useState(bookmark.note);
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState('');
  const param = { id: clientId, bookmarkId: bookmark.id };
  const patch = async (json: { note?: string; stage?: Bookmark['stage'] }) => {
    setProblem('');
    try {
      const result = await call(api.advisers.clients[':id'].bookmarks[':bookmarkId'].$patch({ param, json }));
      onChange(result.bookmarks);
      setSaved(json.note !== undefined ? 'Note saved' : 'Stage saved');
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const remove = async () => {
    try {
      await call(api.advisers.clients[':id'].bookmarks[':bookmarkId'].$delete({ param }));
      const { bookmarks } = await call(
        api.advisers.clients[':id'].bookmarks.$get({ param: { id: clientId } }),
      );
      onChange(bookmarks);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const statusNote = LEAD_STATUS_NOTE[bookmark.leadStatus];
  return (
    <li className="tile bookmark">
      <h3>
        {bookmark.leadStatus === 'removed' ? (
          bookmark.title
        ) : (
          <Link to={`/leads/${bookmark.leadId}`}>{bookmark.title}</Link>
        )}
      </h3>
      <p className="tile__meta">
        {[bookmark.company, bookmark.location].filter(Boolean).join(' · ')}
        {statusNote && <span className="badge badge--muted">{statusNote}</span>}
      </p>
      <label>
        Stage
        <select
          className="select"
          value={bookmark.stage}
          onChange={(e) => void patch({ stage: e.target.value as Bookmark['stage'] })}
        >
          {bookmarkStages.map((s) => (
            <option key={s} value={s}>
              {BOOKMARK_STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
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
      <div className="button-row">
        <button
          className="button button--secondary"
          type="button"
          onClick={() => void patch({ note })}
          disabled={note === bookmark.note}
        >
          Save note
        </button>
        <button className="button button--quiet" type="button" onClick={() => void remove()}>
          Remove from shortlist
        </button>
        <span className="status-line" aria-live="polite">
          {saved}
        </span>
      </div>
      <ProblemNotice message={problem} />
    </li>
  );
}

/** A client's shortlist: each bookmarked lead with its stage and a note the client will see. */
export function ShortlistEditor({
  clientId,
  bookmarks,
  onChange,
}: {
  clientId: string;
  bookmarks: Bookmarks;
  onChange: (b: Bookmarks) => void;
}) {
  return (
    <section aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">Shortlist</h2>
      {bookmarks.length === 0 ? (
        <p className="empty-state">
          Nothing saved yet. <Link to="/">Search for jobs</Link> and use “Save for a client” on any result.
        </p>
      ) : (
        <ul className="tile-list">
          {bookmarks.map((b) => (
            <BookmarkRow
              key={`${b.id}-${b.stage}-${b.note}`}
              clientId={clientId}
              bookmark={b}
              onChange={onChange}
            />
          ))}
        </ul>
      )}
      <p>
        <Link to="/">Find more jobs for this client</Link>
      </p>
    </section>
  );
}
