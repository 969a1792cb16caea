/**
 * The client's schema kit: the part of the `zod/mini` functional API the client's schemas use
 * (same names and call shapes: `z.object`, `z.strictObject`, `z.optional`, `.check(z.minLength(1))`,
 * `safeParse`, `z.infer`…), and issues shaped like zod's. The client only checks request bodies
 * and API responses, which needs none of the rest of zod; this keeps the ~8 KB gzip that zod/mini
 * costs out of every host's page (forms that use zod still bring their own).
 *
 * Import it as a namespace, as zod: `import * as z from './schema-kit.ts'`.
 */
export {
  ZodMiniType,
  SchemaError,
  type Check,
  type Infer as infer,
  type IssuePath,
  type LiteralValue,
  type SafeParseResult,
  type SchemaIssue,
} from './schema-kit-core.ts'
export {
  string,
  number,
  int,
  boolean,
  unknown,
  email,
  literal,
  enum,
  optional,
  nullable,
  _default,
  ZodMiniValues,
  ZodMiniOptional,
  ZodMiniDefault,
} from './schema-kit-values.ts'
export {
  object,
  strictObject,
  looseObject,
  array,
  union,
  discriminatedUnion,
  ZodMiniObject,
  type ObjectOutput,
  type Shape,
} from './schema-kit-shapes.ts'
export { regex, url, minLength, maxLength, gt, gte, lte, refine } from './schema-kit-checks.ts'
