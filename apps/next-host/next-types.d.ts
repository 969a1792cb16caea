// Next.js's ambient types (CSS imports, `next/image`), committed so that `tsc -b` works on a
// fresh clone. Next generates next-env.d.ts on every build; it is ignored by git, as the Next.js
// docs recommend.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
