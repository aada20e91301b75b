import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every response. The CSP allows only same-origin scripts, styles and connections: the web
 * app ships no third-party code (https://www.w3.org/TR/CSP3/). `object-src 'none'` and `base-uri
 * 'none'` close the plugin and <base> injection routes; frame-ancestors stops clickjacking.
 * `'wasm-unsafe-eval'` lets the resume page compile the grammar checker's WebAssembly (CSP3 §6.1.1)
 * without allowing JavaScript `eval`.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      reportUri: '/api/csp-report',
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
    },
  });
