// Checks of scripts/e2e-next.mjs that look past the page: signed JWTs anywhere the browser can
// see them, raw HTTP requests (paths exactly as written, never normalized by a client), and a page
// on another localhost origin that tries to use the host's API proxy with the person's cookie.
import { request as httpRequest, createServer } from 'node:http'

import { freePort } from './local-harness.mjs'

const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g

/**
 * Signed JWTs (JWS: a header with `alg` and no `enc`) in `text`. nextjs-auth0's encrypted
 * session cookie is a JWE (five parts, a header with `enc`): ciphertext, not a token.
 * @param {string} text
 * @returns {{ alg: string, typ?: string, excerpt: string }[]}
 */
export function signedJwtsIn(text) {
  const found = []
  for (const match of String(text).matchAll(JWT)) {
    try {
      const header = JSON.parse(Buffer.from(match[0].split('.')[0], 'base64url').toString('utf8'))
      if (typeof header.alg === 'string' && header.enc === undefined) {
        found.push({ alg: header.alg, typ: header.typ, excerpt: `${match[0].slice(0, 24)}…` })
      }
    } catch {
      // not base64url JSON: not a JWT
    }
  }
  return found
}

/**
 * Everything page scripts can read: storage, `document.cookie`, the HTML, Next's RSC payload
 * (`self.__next_f`) and every string or `__`-prefixed object on `window`.
 * @param {import('playwright-core').Page} page
 */
export function pageVisibleState(page) {
  return page.evaluate(() => {
    const parts = [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
      document.documentElement.outerHTML,
    ]
    const seen = new WeakSet()
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const value = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[key]
        if (typeof value === 'string') parts.push(value)
        else if (key.startsWith('__') && value && typeof value === 'object' && !seen.has(value)) {
          seen.add(value)
          parts.push(JSON.stringify(value))
        }
      } catch {
        // a getter that throws, or a cyclic object: nothing a script could serialize either
      }
    }
    return parts.join('\n')
  })
}

/**
 * One HTTP request with the path sent byte for byte (Node's fetch and browsers normalize `..`).
 * @param {string} origin
 * @param {{ method?: string, path: string, headers?: Record<string, string>, body?: string }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
export function rawRequest(origin, { method = 'GET', path, headers = {}, body }) {
  const url = new URL(origin)
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: url.port, method, path, headers: { host: url.host, ...headers } },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', fail)
    req.setTimeout(15_000, () => {
      req.destroy(new Error(`${method} ${path}: no answer in 15 s`))
    })
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/**
 * A page on another localhost origin (same site, other origin: the session cookie goes along)
 * that POSTs to `target` as a simple request (text/plain, no preflight) and as JSON.
 * @param {string} target e.g. `http://localhost:3000/api/my-org/domains`
 * @param {string} domain the domain it tries to add
 */
export async function startCrossOriginPage(target, domain) {
  const port = await freePort()
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><script>
    const body = JSON.stringify({ domain: ${JSON.stringify(domain)} });
    const post = (type) => fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', headers: { 'content-type': type }, body })
      .then((response) => 'status ' + response.status, (error) => 'failed: ' + error.message);
    window.attempts = Promise.all([post('text/plain'), post('application/json')]);
  </script></body></html>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)))
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  }
}
