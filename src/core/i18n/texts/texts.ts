// Korean must give every key English has: a missing one is a type error, not a blank in the UI.
export type Texts<T> = { readonly [K in keyof T]: string };
