import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import { PassThrough, Readable } from 'node:stream';
import zlib from 'node:zlib';
import type {
  BaseHttpClient,
  HttpRequest,
  HttpResponse,
  RedirectHandler,
  ResponseTypes,
  StreamingHttpResponse,
} from '@crawlee/core';
import ipaddr from 'ipaddr.js';
import type { PrivateHosts } from '../../core/private-hosts';
import { allowsPrivateUrl } from '../../core/private-hosts';
import { guardedLookup, isPublicAddress } from './address-guard';
import {
  BlockedAddressError,
  ResponseTooLargeError,
  RetryableFetchError,
  TooManyRedirectsError,
} from './errors';
import type { HostRateLimiter, WireTurn } from './host-rate-limiter';

/** A request at the moment it was sent, by the limiter's clock. */
export interface SentRequest {
  method: string;
  url: string;
  at: number;
}

export interface GuardedClientOptions {
  userAgent: string;
  /** Which private addresses may be reached: judged per request and redirect hop, by its site. */
  allowPrivateHosts: PrivateHosts;
  maxResponseBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  limiter: HostRateLimiter;
  /**
   * The crawl scheduler has already reserved each request's slot with the limiter (see
   * `HostRateLimiter.reserve`), so only redirect hops wait for one here.
   */
  firstHopReserved?: boolean;
  /** Told of every request and redirect hop as it is sent, at the time the rate limiter counts. */
  onRequest?: (sent: SentRequest) => void;
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * The crawler's only way onto the network, plugged into Crawlee as its HTTP client. Every request
 * and redirect hop goes through the SSRF-checking DNS lookup, the per-host rate limiter, a timeout
 * and a response size cap, and carries an honest User-Agent.
 */
export class GuardedHttpClient implements BaseHttpClient {
  constructor(private readonly options: GuardedClientOptions) {}

  async sendRequest<T extends keyof ResponseTypes = 'text'>(
    request: HttpRequest<T>,
  ): Promise<HttpResponse<T>> {
    const response = await this.stream(request as HttpRequest);
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
    const buffer = Buffer.concat(chunks);
    const type = request.responseType ?? 'text';
    const body =
      type === 'buffer'
        ? buffer
        : type === 'json'
          ? JSON.parse(buffer.toString('utf8'))
          : buffer.toString('utf8');
    return { ...response, body, complete: true } as unknown as HttpResponse<T>;
  }

  async stream(request: HttpRequest, onRedirect?: RedirectHandler): Promise<StreamingHttpResponse> {
    let url = new URL(String(request.url));
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    const headers: Headers = {
      'user-agent': this.options.userAgent,
      'accept-encoding': 'gzip, deflate, br',
      ...lowerCaseKeys(request.headers ?? {}),
    };
    const redirectUrls: URL[] = [];
    for (;;) {
      if (redirectUrls.length > 0 || !this.options.firstHopReserved)
        await this.options.limiter.slot(url.host);
      const turn = await this.options.limiter.turn(url.host);
      const response = await this.send(url, method, headers, body, request.signal, turn);
      const location = response.headers.location;
      const follows = request.followRedirect !== false;
      if (
        follows &&
        location &&
        response.statusCode &&
        [301, 302, 303, 307, 308].includes(response.statusCode)
      ) {
        response.resume();
        if (redirectUrls.length >= (request.maxRedirects ?? this.options.maxRedirects)) {
          throw new TooManyRedirectsError(
            `more than ${this.options.maxRedirects} redirects from ${String(request.url)}`,
          );
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new TooManyRedirectsError(`redirect to ${next.protocol} refused`);
        redirectUrls.push(next);
        if (
          response.statusCode === 303 ||
          ((response.statusCode === 301 || response.statusCode === 302) && method === 'POST')
        ) {
          method = 'GET';
          body = undefined;
          delete headers['content-type'];
        }
        if (next.host !== url.host) delete headers.authorization;
        onRedirect?.(
          {
            redirectUrls,
            url: next.toString(),
            statusCode: response.statusCode,
            headers: response.headers,
            trailers: {},
            complete: true,
          },
          { url: next, headers: headers as Record<string, string> },
        );
        url = next;
        continue;
      }
      const stream = this.limitedBody(response, url);
      let transferred = 0;
      stream.on('data', (chunk: Buffer) => {
        transferred += chunk.length;
      });
      return {
        url: url.toString(),
        redirectUrls,
        statusCode: response.statusCode ?? 0,
        statusMessage: response.statusMessage,
        headers: response.headers,
        trailers: {},
        complete: false,
        ip: response.socket?.remoteAddress,
        request,
        stream,
        get downloadProgress() {
          return { percent: 0, transferred };
        },
        get uploadProgress() {
          return { percent: 100, transferred: 0 };
        },
      };
    }
  }

  private send(
    url: URL,
    method: string,
    headers: Headers,
    body: HttpRequest['body'],
    signal: AbortSignal | undefined,
    turn: WireTurn,
  ): Promise<IncomingMessage> {
    const transport = url.protocol === 'https:' ? https : http;
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const allowPrivate = allowsPrivateUrl(this.options.allowPrivateHosts, url);
    // Node skips the lookup hook for IP literals, so check those here.
    if (ipaddr.isValid(literal) && !allowPrivate && !isPublicAddress(literal)) {
      turn.cancel();
      return Promise.reject(new BlockedAddressError(`${url.host} is not a public address`));
    }
    return new Promise((resolve, reject) => {
      // Counted sent here, just before it goes: the host's next request is spaced from this moment.
      const at = turn.sent();
      this.options.onRequest?.({ method, url: url.toString(), at });
      const req = transport.request(url, {
        method,
        headers: headers as http.OutgoingHttpHeaders,
        lookup: guardedLookup(allowPrivate) as never,
        timeout: this.options.timeoutMs,
        signal,
      });
      const deadline = setTimeout(
        () =>
          req.destroy(new RetryableFetchError(`no answer from ${url.host} in ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      req.on('timeout', () =>
        req.destroy(
          new RetryableFetchError(`${url.host} stopped answering for ${this.options.timeoutMs} ms`),
        ),
      );
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      req.on('response', (res) => {
        clearTimeout(deadline);
        // The body has its own deadline: a server that trickles bytes forever is cut off too.
        const bodyDeadline = setTimeout(
          () => res.destroy(new RetryableFetchError(`${url.host} took too long to send its answer`)),
          this.options.timeoutMs,
        );
        res.on('close', () => clearTimeout(bodyDeadline));
        resolve(res);
      });
      if (body === undefined || body === null) req.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
      else Readable.from(body as AsyncIterable<Buffer>).pipe(req);
    });
  }

  /** The decoded body, cut off with an error once it passes the size cap. */
  private limitedBody(response: IncomingMessage, url: URL): PassThrough {
    const max = this.options.maxResponseBytes;
    const declared = Number(response.headers['content-length'] ?? 0);
    const out = new PassThrough();
    if (declared > max) {
      response.destroy();
      queueMicrotask(() =>
        out.destroy(new ResponseTooLargeError(`${url.toString()} is ${declared} bytes; the limit is ${max}`)),
      );
      return out;
    }
    const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
    const decoder =
      encoding === 'gzip' || encoding === 'x-gzip'
        ? zlib.createGunzip()
        : encoding === 'deflate'
          ? zlib.createInflate()
          : encoding === 'br'
            ? zlib.createBrotliDecompress()
            : null;
    const source: Readable = decoder ? response.pipe(decoder) : response;
    let seen = 0;
    let cut = false;
    source.on('data', (chunk: Buffer) => {
      if (cut) return;
      seen += chunk.length;
      if (seen > max) {
        cut = true;
        out.destroy(new ResponseTooLargeError(`${url.toString()} is larger than the ${max}-byte limit`));
        response.destroy();
        return;
      }
      out.write(chunk);
    });
    source.on('end', () => {
      // A body shorter than its Content-Length was cut off in transit: worth another try.
      if (!decoder && declared > 0 && seen < declared)
        out.destroy(
          new RetryableFetchError(`${url.toString()} was truncated (${seen} of ${declared} bytes)`),
        );
      else out.end();
    });
    source.on('error', (error) => out.destroy(error));
    response.on('aborted', () =>
      out.destroy(new RetryableFetchError(`${url.toString()} was cut off mid-answer`)),
    );
    return out;
  }
}

function lowerCaseKeys(headers: Headers): Headers {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
