/**
 * Live progress on stderr: one line rewritten in place on a terminal, or a line every few seconds
 * when stderr is a file or pipe (CI logs), so long jobs never look stuck.
 */
export function createProgress(write: (text: string) => void, isTty: boolean, minIntervalMs = 2000) {
  let last = 0;
  let shown = false;
  return {
    update(text: string) {
      const now = Date.now();
      if (isTty) {
        write(`\r\u001b[2K${text}`);
        shown = true;
      } else if (now - last >= minIntervalMs) {
        write(`${text}\n`);
        last = now;
      }
    },
    /** Ends the live line and prints a permanent one. */
    done(text: string) {
      if (isTty && shown) write('\r\u001b[2K');
      write(`${text}\n`);
      shown = false;
    },
  };
}
