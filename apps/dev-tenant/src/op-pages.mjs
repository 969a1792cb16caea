// The dev tenant's own HTML: the login page (with the seeded users) and its styles.
import { devUsers } from './users.mjs'

export const escapeHtml = (/** @type {unknown} */ value) =>
  String(value).replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )

export const pageStyle = `
  body{font:16px/1.5 system-ui,sans-serif;background:#f5f6f8;color:#1b1f24;margin:0}
  main{max-width:26rem;margin:4rem auto;background:#fff;border:1px solid #d6dae0;border-radius:12px;padding:2rem}
  h1{font-size:1.35rem;margin:0 0 .25rem} p{margin:.25rem 0 1rem;color:#4a5360}
  label{display:block;font-weight:600;margin:.75rem 0 .25rem}
  input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem .6rem;border:1px solid #8a94a3;border-radius:6px}
  button{margin-top:1.25rem;width:100%;font:inherit;font-weight:600;padding:.6rem;border:0;border-radius:6px;background:#3b4fd8;color:#fff;cursor:pointer}
  .error{color:#a4141b;font-weight:600} table{border-collapse:collapse;font-size:.85rem;margin-top:1.5rem;width:100%}
  th,td{text-align:left;padding:.2rem .4rem;border-top:1px solid #e3e6ea} code{font-size:.85rem;white-space:nowrap}`

/**
 * @param {{ uid: string, error?: string, username?: string }} input
 */
export function loginPage({ uid, error, username = '' }) {
  const rows = devUsers
    .map(
      (user) =>
        `<tr><td><code>${escapeHtml(user.username)}</code></td><td><code>${escapeHtml(user.password)}</code></td><td>${escapeHtml(user.role)}</td></tr>`,
    )
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in · myorg-kit dev tenant</title><style>${pageStyle}</style></head><body><main>
<h1>Sign in to Acme Corp</h1><p>myorg-kit dev tenant (a local stand-in for Auth0).</p>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label for="username">Email</label><input id="username" name="username" type="email" required value="${escapeHtml(username)}" autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button id="signin" type="submit">Sign in</button></form>
<table aria-label="Seeded users"><thead><tr><th>Email</th><th>Password</th><th>Role</th></tr></thead><tbody>${rows}</tbody></table>
</main></body></html>`
}

/** Reads an `application/x-www-form-urlencoded` body from a koa context. */
export async function readForm(/** @type {import('koa').Context} */ ctx) {
  const chunks = []
  for await (const chunk of ctx.req) {
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}
