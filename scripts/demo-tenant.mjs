// The dev tenant on its fixed demo port for `npm run demo:local` and `npm run demo:next`, with a
// plain sentence instead of a stack trace when the port is taken.

/**
 * @param {typeof import('../apps/dev-tenant/src/index.mjs').startDevTenant} startDevTenant
 * @param {import('../apps/dev-tenant/src/index.mjs').DevTenantOptions & { port: number }} options
 */
export async function startDemoTenant(startDevTenant, options) {
  try {
    return await startDevTenant(options)
  } catch (error) {
    console.error(
      error?.code === 'EADDRINUSE'
        ? `Port ${options.port} is busy: the dev tenant needs it. Stop what uses it and try again.`
        : error,
    )
    process.exit(1)
  }
}
