/** How a value read from a file goes into the form: as if the user had typed it. */
export const SET = { shouldDirty: true, shouldTouch: true } as const
