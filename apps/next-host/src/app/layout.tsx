import '@myorg-kit/react/styles.css'
import './host.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { texts } from '../lib/texts.ts'

export const metadata: Metadata = {
  title: { default: texts.product, template: `%s · ${texts.product}` },
}

export default function RootLayout(props: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{props.children}</body>
    </html>
  )
}
