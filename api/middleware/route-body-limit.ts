import { bodyLimit } from 'hono/body-limit';
import { apiError } from '../api-error';

/** A tighter body cap for one route than the app-wide BODY_LIMIT_BYTES, answered in the envelope. */
export const routeBodyLimit = (maxSize: number, what: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw apiError(413, 'payload_too_large', `${what} may be at most ${Math.round(maxSize / 1024)} kB`);
    },
  });
