'use client'

import { useEffect, useState } from 'react'

/** The time, renewed every minute, so "expires in n days" badges stay true on a page left open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 60_000)
    return () => {
      clearInterval(timer)
    }
  }, [])
  return now
}
