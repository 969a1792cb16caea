// Serves a Fetch-style handler (`(Request) => Promise<Response>`, such as @myorg-kit/mock-api's
// createMyOrgHandler) from a node:http request listener.
import { Readable } from 'node:stream'

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res aborts the Request's signal if it closes early
 * @param {string} origin e.g. `http://localhost:4400`
 * @returns {Promise<Request>}
 */
export async function toFetchRequest(req, res, origin) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) {
      for (const item of value) {
        headers.append(name, item)
      }
    } else if (value !== undefined) {
      headers.set(name, value)
    }
  }
  const method = (req.method ?? 'GET').toUpperCase()
  let body
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks = []
    for await (const chunk of req) {
      chunks.push(chunk)
    }
    body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  }
  const controller = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) {
      controller.abort()
    }
  })
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body,
    signal: controller.signal,
  })
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Response} response
 */
export async function sendFetchResponse(res, response) {
  /** @type {Record<string, string>} */
  const headers = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise((resolve, reject) => {
    Readable.fromWeb(/** @type {import('node:stream/web').ReadableStream} */ (response.body))
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
