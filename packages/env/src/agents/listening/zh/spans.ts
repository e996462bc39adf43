/** A hit in a Chinese message: [start, end, value]. */
export type Span = readonly [number, number, string];
