import { useEffect, useRef, useState } from 'react';

/**
 * The receipt code after a request is sent. The panel takes focus and scrolls into view, so the code
 * is the first thing a screen reader or a phone shows; the code stays on one line at 360 px.
 */
export function ReceiptPanel({ receipt }: { receipt: string }) {
  const panel = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  useEffect(() => {
    panel.current?.focus();
    panel.current?.scrollIntoView({ block: 'start' });
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section ref={panel} className="panel receipt" aria-labelledby="receipt-done" tabIndex={-1}>
      <h2 id="receipt-done">Your request is in</h2>
      <p id="receipt-label">Your receipt code:</p>
      <p className="receipt__code" aria-describedby="receipt-label">
        {receipt}
      </p>
      <div className="button-row">
        <button className="button button--primary" type="button" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy the code'}
        </button>
        <span className="status-line" aria-live="polite">
          {copied === 'yes'
            ? 'The code is on your clipboard. Paste it somewhere only you can see.'
            : copied === 'failed'
              ? 'This browser would not copy it: write the code down instead.'
              : ''}
        </span>
      </div>
      <p>
        Write it down or keep it somewhere safe. It is the only way to check your request or delete it:
        Offramp cannot look it up for you. Dashes and capitals do not matter when you type it.
      </p>
      <h3>What happens next</h3>
      <ol className="next-steps">
        <li>A volunteer adviser reads your request; it names no one.</li>
        <li>One adviser takes it and contacts you the way you chose. Offramp never contacts you itself.</li>
        <li>
          Check here with your code at any time. Unclaimed requests are deleted automatically after a while.
        </li>
      </ol>
    </section>
  );
}
