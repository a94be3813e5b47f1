/** The three amount fields of the budget block, in the order they are checked and reported. */
export type AmountField = 'total' | 'fiscal' | 'other';

export const AMOUNT_FIELDS: readonly AmountField[] = ['total', 'fiscal', 'other'];
