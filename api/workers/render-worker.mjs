// A worker thread that renders resume exports (DOCX, PDF) off the server's event loop. It loads
// the TypeScript registry through tsx, the same way the CLI runs, whatever started the parent.
import { parentPort, threadId } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { EXPORT_FORMATS } = await import('../../templates/export-formats.ts');

parentPort?.on('message', async ({ id, format, request }) => {
  try {
    const body = await EXPORT_FORMATS[format].render(request);
    if (typeof body === 'string') parentPort?.postMessage({ id, body, threadId });
    else parentPort?.postMessage({ id, body, threadId }, [body.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
