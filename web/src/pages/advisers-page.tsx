import { useState } from 'react';
import { Link } from 'react-router';
import { IntakeForm } from '../intake/intake-form';
import { ReceiptCheck } from '../intake/receipt-check';
import { ReceiptPanel } from '../intake/receipt-panel';
import { useDocumentTitle } from '../use-document-title';

export function AdvisersPage() {
  useDocumentTitle('Advisers');
  const [receipt, setReceipt] = useState('');
  return (
    <div className="advisers-page">
      <section className="page-intro" aria-labelledby="advisers-heading">
        <p className="eyebrow">Volunteer advisers</p>
        <h1 id="advisers-heading">Talk to someone who hires, in confidence</h1>
        <p className="lede">
          Recruiters, career counsellors and MBAs volunteer their time to help people move into civilian work.
          You choose how they contact you; you never need to give your real name.
        </p>
        <div className="notice notice--warning">
          <h2>Before you ask for help</h2>
          <p>
            Do not use a government email address, phone or network to contact Offramp or an adviser. Use a
            personal device on a home or mobile connection.
          </p>
        </div>
      </section>
      <div className="two-column">
        {receipt ? <ReceiptPanel receipt={receipt} /> : <IntakeForm onReceipt={setReceipt} />}
        <ReceiptCheck key={receipt} initialReceipt={receipt} />
      </div>
      <p className="muted adviser-door">
        Volunteering as an adviser? <Link to="/workspace">Sign in to the workspace</Link>.
      </p>
    </div>
  );
}
