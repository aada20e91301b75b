let lastMs = 0;

/**
 * The instant a row arrived, as an ISO string, strictly later than the last one this process
 * handed out. Lists such as the request queue and a shortlist are shown in arrival order, and two
 * rows written in the same millisecond would otherwise tie and come back in the order of their
 * random ids. A tie is moved on by one millisecond, which no reader of a date can see.
 * Rows written by different API replicas in the same millisecond may still tie; their order is
 * then the ids', which is as good as any.
 */
export function arrivalTime(now: Date = new Date()): string {
  const ms = Math.max(now.getTime(), lastMs + 1);
  lastMs = ms;
  return new Date(ms).toISOString();
}
