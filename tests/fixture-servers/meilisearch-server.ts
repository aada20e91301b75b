import { createHmac, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileMeiliFilter, FilterError } from './meili-filter-eval';
import { SearchFailure, searchIndex } from './meili-search';

/**
 * A Meilisearch server (v1 HTTP API) for the calls the engine makes: /health, /keys, /indexes,
 * documents, settings, /tasks, /swap-indexes and search. Authorisation follows Meilisearch's: the
 * master key may do anything; an API key needs the route's action (or "*") and the index in its
 * `indexes`; no key is a 401 `missing_authorization_header`, a wrong or insufficient one a 403
 * `invalid_api_key` (https://www.meilisearch.com/docs/reference/errors/error_codes). Writes return
 * a task summary (202) and are applied in order shortly after, as Meilisearch's task queue does:
 * only a client that waits for its tasks sees its writes. Every request is recorded with the key
 * it carried, so tests can say which key wrote and which searched.
 */

export interface MeiliKey {
  uid: string;
  key: string;
  name: string | null;
  description: string | null;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeiliIndex {
  primaryKey: string | null;
  documents: Map<string, Record<string, unknown>>;
  settings: Record<string, unknown>;
}

interface Task {
  uid: number;
  indexUid: string | null;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  type: string;
  details: Record<string, unknown>;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  run: () => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The bearer key the request carried, or null. */
  key: string | null;
  body: unknown;
}

const error = (code: string, message: string, type = 'invalid_request') => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
});

class MeiliFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ReturnType<typeof error>,
  ) {
    super(body.message);
  }
}

export interface MeiliServerOptions {
  masterKey: string;
  /** Whether the server still has its "Default Search API Key" (an admin may have deleted it). */
  defaultSearchKey?: boolean;
}

export async function startMeiliServer(options: MeiliServerOptions) {
  const now = () => new Date().toISOString();
  const keys: MeiliKey[] = [];
  // Meilisearch derives each key from its uid with HMAC-SHA256 under the master key.
  const addKey = (fields: Pick<MeiliKey, 'name' | 'description' | 'actions' | 'indexes' | 'expiresAt'>) => {
    const uid = randomUUID();
    const key: MeiliKey = {
      uid,
      key: createHmac('sha256', options.masterKey).update(uid).digest('hex'),
      ...fields,
      createdAt: now(),
      updatedAt: now(),
    };
    keys.push(key);
    return key;
  };
  if (options.defaultSearchKey ?? true)
    addKey({
      name: 'Default Search API Key',
      description: 'Use it to search from the frontend',
      actions: ['search'],
      indexes: ['*'],
      expiresAt: null,
    });
  const adminKey = addKey({
    name: 'Default Admin API Key',
    description:
      'Use it for anything that is not a search operation. Caution! Do not expose it on a public frontend',
    actions: ['*'],
    indexes: ['*'],
    expiresAt: null,
  });
  const indexes = new Map<string, MeiliIndex>();
  const tasks: Task[] = [];
  const requests: RecordedRequest[] = [];
  let queue = Promise.resolve();

  const enqueue = (
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    run: () => void,
  ) => {
    const task: Task = {
      uid: tasks.length,
      indexUid,
      status: 'enqueued',
      type,
      details,
      error: null,
      enqueuedAt: now(),
      startedAt: null,
      finishedAt: null,
      run,
    };
    tasks.push(task);
    queue = queue.then(async () => {
      task.status = 'processing';
      task.startedAt = now();
      await new Promise((r) => setTimeout(r, 5));
      try {
        task.run();
        task.status = 'succeeded';
      } catch (e) {
        task.status = 'failed';
        task.error = e instanceof MeiliFailure ? e.body : error('internal', String(e), 'internal');
      }
      task.finishedAt = now();
    });
    return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt };
  };

  const indexOrCreate = (uid: string, primaryKey: string | null = null) => {
    let index = indexes.get(uid);
    if (!index) {
      index = { primaryKey, documents: new Map(), settings: {} };
      indexes.set(uid, index);
    }
    return index;
  };
  const existing = (uid: string) => {
    const index = indexes.get(uid);
    if (!index) throw new MeiliFailure(404, error('index_not_found', `Index \`${uid}\` not found.`));
    return index;
  };

  /** Throws the 401/403 Meilisearch answers unless the request's key may take `action` on `index`. */
  const authorise = (key: string | null, action: string, index: string | null) => {
    if (key === null)
      throw new MeiliFailure(
        401,
        error(
          'missing_authorization_header',
          'The Authorization header is missing. It must use the bearer authorization method.',
          'auth',
        ),
      );
    if (key === options.masterKey) return;
    const found = keys.find((k) => k.key === key);
    const group = `${action.split('.')[0]}.*`;
    const allowed =
      found &&
      (found.expiresAt === null || Date.parse(found.expiresAt) > Date.now()) &&
      (found.actions.includes('*') || found.actions.includes(action) || found.actions.includes(group)) &&
      (index === null || found.indexes.includes('*') || found.indexes.includes(index));
    if (!allowed)
      throw new MeiliFailure(403, error('invalid_api_key', 'The provided API key is invalid.', 'auth'));
  };

  const route = (method: string, path: string, key: string | null, body: unknown, query: URLSearchParams) => {
    const parts = path.split('/').filter(Boolean);
    const [head, uid, sub, leaf] = parts;
    if (method === 'GET' && head === 'health') return [200, { status: 'available' }] as const;
    if (head === 'keys' && parts.length === 1) {
      authorise(key, method === 'GET' ? 'keys.get' : 'keys.create', null);
      if (method === 'GET') {
        const offset = Number(query.get('offset') ?? 0);
        const limit = Number(query.get('limit') ?? 20);
        return [
          200,
          { results: keys.slice(offset, offset + limit), offset, limit, total: keys.length },
        ] as const;
      }
      const b = body as Partial<MeiliKey>;
      if (!Array.isArray(b.actions) || !Array.isArray(b.indexes) || b.expiresAt === undefined)
        throw new MeiliFailure(
          400,
          error('missing_parameter', '`actions`, `indexes` and `expiresAt` are required.'),
        );
      return [
        201,
        addKey({
          name: b.name ?? null,
          description: b.description ?? null,
          actions: b.actions,
          indexes: b.indexes,
          expiresAt: b.expiresAt,
        }),
      ] as const;
    }
    if (head === 'tasks' && uid !== undefined && parts.length === 2 && method === 'GET') {
      authorise(key, 'tasks.get', null);
      const task = tasks[Number(uid)];
      if (!task) throw new MeiliFailure(404, error('task_not_found', `Task \`${uid}\` not found.`));
      const { run: _run, ...shown } = task;
      return [200, { ...shown, batchUid: task.uid, canceledBy: null, duration: null }] as const;
    }
    if (head === 'swap-indexes' && method === 'POST') {
      const swaps = body as { indexes: [string, string] }[];
      for (const s of swaps) for (const i of s.indexes) authorise(key, 'indexes.swap', i);
      return [
        202,
        enqueue(null, 'indexSwap', { swaps }, () => {
          for (const {
            indexes: [a, b],
          } of swaps) {
            const left = existing(a);
            indexes.set(a, existing(b));
            indexes.set(b, left);
          }
        }),
      ] as const;
    }
    if (head !== 'indexes') throw new MeiliFailure(404, error('not_found', 'Not found.'));
    if (uid === undefined && method === 'POST') {
      const b = body as { uid: string; primaryKey?: string };
      authorise(key, 'indexes.create', b.uid);
      return [
        202,
        enqueue(b.uid, 'indexCreation', { primaryKey: b.primaryKey ?? null }, () => {
          if (indexes.has(b.uid))
            throw new MeiliFailure(400, error('index_already_exists', `Index \`${b.uid}\` already exists.`));
          indexOrCreate(b.uid, b.primaryKey ?? null);
        }),
      ] as const;
    }
    if (uid === undefined) throw new MeiliFailure(405, error('method_not_allowed', 'Method not allowed.'));
    if (sub === undefined && method === 'DELETE') {
      authorise(key, 'indexes.delete', uid);
      return [
        202,
        enqueue(uid, 'indexDeletion', {}, () => void (existing(uid) && indexes.delete(uid))),
      ] as const;
    }
    if (sub === 'settings' && method === 'PATCH') {
      authorise(key, 'settings.update', uid);
      return [
        202,
        enqueue(uid, 'settingsUpdate', body as Record<string, unknown>, () => {
          Object.assign(indexOrCreate(uid).settings, body);
        }),
      ] as const;
    }
    if (sub === 'documents' && leaf === undefined && method === 'POST') {
      authorise(key, 'documents.add', uid);
      const docs = body as Record<string, unknown>[];
      return [
        202,
        enqueue(uid, 'documentAdditionOrUpdate', { receivedDocuments: docs.length }, () => {
          const index = indexOrCreate(uid, query.get('primaryKey'));
          index.primaryKey ??= 'id';
          for (const doc of docs) {
            const id = doc[index.primaryKey];
            if (typeof id !== 'string' && typeof id !== 'number')
              throw new MeiliFailure(
                400,
                error('missing_document_id', `Document doesn't have a \`${index.primaryKey}\` attribute.`),
              );
            index.documents.set(String(id), doc);
          }
        }),
      ] as const;
    }
    if (sub === 'documents' && leaf === 'delete-batch' && method === 'POST') {
      authorise(key, 'documents.delete', uid);
      const ids = (body as (string | number)[]).map(String);
      return [
        202,
        enqueue(uid, 'documentDeletion', { providedIds: ids.length }, () => {
          for (const id of ids) existing(uid).documents.delete(id);
        }),
      ] as const;
    }
    if (sub === 'search' && method === 'POST') {
      authorise(key, 'search', uid);
      const index = existing(uid);
      const filterable = (index.settings.filterableAttributes as string[] | undefined) ?? [];
      try {
        const test = compileMeiliFilter((body as { filter?: unknown }).filter, filterable);
        return [200, searchIndex(index, body as Record<string, unknown>, test)] as const;
      } catch (e) {
        if (e instanceof FilterError) throw new MeiliFailure(400, error('invalid_search_filter', e.message));
        if (e instanceof SearchFailure) throw new MeiliFailure(400, error(e.code, e.message));
        throw e;
      }
    }
    throw new MeiliFailure(404, error('not_found', 'Not found.'));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization;
    const key = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    let body: unknown = null;
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      return send(400, error('malformed_payload', 'The JSON payload provided is malformed.'));
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, key, body });
    try {
      const [status, payload] = route(req.method ?? 'GET', url.pathname, key, body, url.searchParams);
      send(status, payload);
    } catch (e) {
      if (e instanceof MeiliFailure) return send(e.status, e.body);
      send(500, error('internal', String(e), 'internal'));
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    masterKey: options.masterKey,
    adminKey: adminKey.key,
    keys,
    indexes,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MeiliServer = Awaited<ReturnType<typeof startMeiliServer>>;
