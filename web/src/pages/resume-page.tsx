import { useDocumentTitle } from '../use-document-title';

export function ResumePage() {
  useDocumentTitle('Resume');
  return (
    <section className="page-intro" aria-labelledby="resume-heading">
      <p className="eyebrow">Resume builder</p>
      <h1 id="resume-heading">Say what you did in words a civilian recruiter reads</h1>
      <p className="lede">
        Agency titles, GS grades, system names and form numbers mean little outside government. The builder
        turns them into plain civilian terms and shows you every change, so you decide what stays.
      </p>
      <div className="notice">
        <h2>Private by design</h2>
        <p>
          The builder works inside this browser. Drafts are kept on this device only, and you can delete them
          all at once. Nothing is uploaded unless you choose to share a draft with an adviser.
        </p>
      </div>
    </section>
  );
}
