import { redirect } from 'next/navigation'

import { auth0 } from '../lib/auth0.ts'
import { loginUrl } from '../lib/my-org-mode.ts'
import { texts } from '../lib/texts.ts'

/** The front door: signed in, straight to the settings; otherwise a sign-in card. */
export default async function HomePage() {
  if (await auth0.getSession()) {
    redirect('/settings/general')
  }
  return (
    <main className="signin">
      <div className="signin-card">
        <h1>{texts.signInTitle}</h1>
        <p className="muted">{texts.signInIntro}</p>
        {/* A plain link: /auth/* are nextjs-auth0's routes, not pages to prefetch. */}
        <a className="button" href={loginUrl}>
          {texts.signIn}
        </a>
      </div>
    </main>
  )
}
