/**
 * Holds a just-created secret between the request and the screen that shows it, outside every
 * cache: the MutationCache keeps a mutation's `data` and `variables`, so neither may ever hold
 * a plaintext secret. `take()` hands it over once and empties the box.
 */
export class SecretHandOff {
  #value: string | null = null

  /** Stores the secret (replacing one not taken yet). */
  put(value: string): void {
    this.#value = value
  }

  /** The secret, once; `null` when empty or already taken. */
  take(): string | null {
    const value = this.#value
    this.#value = null
    return value
  }
}
