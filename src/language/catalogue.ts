/**
 * The shape a translation of a message constant must have: the same keys, each a string or a
 * function with the same parameters. The English constants are frozen literals, so their own
 * type would demand the English text itself.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };
