import { useNavigate } from 'react-router';
import { clientSearchPreset } from '../../../core/client-search-preset';
import type { Intake } from '../../../core/intake';
import { bookmarkStages } from '../../../core/pipeline';
import { toSearchParams } from '../../../core/search/search-params';
import { setActiveClient } from './active-client';
import type { Bookmarks } from './bookmark-card';
import { BookmarkCard } from './bookmark-card';
import { BOOKMARK_STAGE_LABEL } from './labels';

/**
 * A client's pipeline: one column per stage, Suggested to Closed, each bookmarked lead in its stage.
 * "Find more jobs" opens a search preset to the client's background, region and work style.
 */
export function ShortlistEditor({
  client,
  bookmarks,
  onChange,
}: {
  client: { id: string; label: string; intake: Pick<Intake, 'background' | 'location' | 'workplace'> };
  bookmarks: Bookmarks;
  onChange: (b: Bookmarks) => void;
}) {
  const navigate = useNavigate();
  const findMore = () => {
    setActiveClient({ id: client.id, label: client.label });
    navigate(`/?${toSearchParams(clientSearchPreset(client.intake)).toString()}`);
  };
  return (
    <section aria-labelledby="shortlist-heading">
      <div className="section-bar">
        <h2 id="shortlist-heading">Pipeline</h2>
        <div className="button-row">
          <button className="button button--primary" type="button" onClick={findMore}>
            Find more jobs for {client.label}
          </button>
          {bookmarks.length > 0 && (
            <a
              className="button button--secondary"
              href={`/api/advisers/clients/${client.id}/shortlist.csv`}
              download
            >
              Export the shortlist (CSV)
            </a>
          )}
        </div>
      </div>
      {bookmarks.length === 0 ? (
        <p className="empty-state">
          Nothing saved yet. Use “Find more jobs for {client.label}”: the search starts from their background,
          region and work style, and each result has “Save for {client.label}”.
        </p>
      ) : (
        <div className="board">
          {bookmarkStages.map((stage) => {
            const inStage = bookmarks.filter((b) => b.stage === stage);
            return (
              <section key={stage} className="board__column" aria-labelledby={`stage-${stage}`}>
                <h3 id={`stage-${stage}`} className="board__heading">
                  {BOOKMARK_STAGE_LABEL[stage]} <span className="count">{inStage.length}</span>
                </h3>
                {inStage.length === 0 ? (
                  <p className="muted board__empty">None</p>
                ) : (
                  <ul className="tile-list board__list">
                    {inStage.map((b) => (
                      <BookmarkCard
                        key={`${b.id}-${b.updatedAt}`}
                        clientId={client.id}
                        bookmark={b}
                        onChange={onChange}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
