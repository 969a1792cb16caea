import '@myorg-kit/react/styles.css'
import './styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { readAuth0Config } from './config.ts'

const container = document.getElementById('root')
if (!container) {
  throw new Error('The page has no #root element.')
}
const root = createRoot(container)
const auth0 = readAuth0Config()

if (auth0) {
  const { Auth0Root } = await import('./auth0-root.tsx')
  root.render(
    <StrictMode>
      <Auth0Root config={auth0} />
    </StrictMode>,
  )
} else {
  // Mock mode: the API runs in a service worker, which must be running before the first request.
  const [{ startMockApi }, { MockRoot }] = await Promise.all([
    import('./mock.ts'),
    import('./mock-root.tsx'),
  ])
  try {
    const api = await startMockApi()
    root.render(
      <StrictMode>
        <MockRoot api={api} />
      </StrictMode>,
    )
  } catch (error) {
    console.error(error)
    root.render(
      <main className="signin">
        <div className="signin-card">
          <h1>The mocked API could not start</h1>
          <p className="muted">
            The demo runs the My Organization API in a service worker, which browsers only allow on
            https:// or on localhost / 127.0.0.1. Open the demo at the address{' '}
            <code>npm run demo</code> printed, or configure a real tenant in{' '}
            <code>apps/demo/.env.local</code>.
          </p>
        </div>
      </main>,
    )
  }
}
