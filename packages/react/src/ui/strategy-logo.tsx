import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

/**
 * Small neutral marks, one per strategy (simple shapes and monograms, not vendor trademarks).
 * Decorative: the option's text names the provider.
 */
const marks: Record<IdpStrategy, { color: string; content: ReactNode }> = {
  okta: {
    color: '#1662dd',
    content: <circle cx="16" cy="16" r="6.5" fill="none" stroke="#fff" strokeWidth="3.5" />,
  },
  waad: {
    color: '#0f6cbd',
    content: (
      <path d="M16 7l9 15H7z" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
    ),
  },
  'google-apps': {
    color: '#1a73e8',
    content: (
      <path
        d="M22 12.5a7 7 0 1 0 1 5h-7"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
      />
    ),
  },
  samlp: { color: '#5b4fc7', content: <Mono text="SAML" size={8.5} /> },
  oidc: { color: '#c2410c', content: <Mono text="OIDC" size={8.5} /> },
  adfs: { color: '#0e7490', content: <Mono text="ADFS" size={8.5} /> },
  pingfederate: {
    color: '#b91c1c',
    content: <Mono text="PF" size={12} />,
  },
}

function Mono(props: { text: string; size: number }): ReactNode {
  return (
    <text
      x="16"
      y="16"
      dy="0.35em"
      textAnchor="middle"
      fill="#fff"
      fontFamily="system-ui, sans-serif"
      fontWeight="700"
      fontSize={props.size}
    >
      {props.text}
    </text>
  )
}

/** The strategy's mark, 32×32, hidden from assistive technology. */
export function StrategyLogo(props: { strategy: IdpStrategy; className?: string }): ReactNode {
  const mark = marks[props.strategy]
  return (
    <svg
      className={props.className}
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill={mark.color} />
      {mark.content}
    </svg>
  )
}
