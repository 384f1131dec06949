/** Placeholder until `npm run train:parser` writes the trained weights. */
export const PARSER_TRANSITIONS: string = '';

export const PARSER_LABELS: string = '';
