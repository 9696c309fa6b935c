/**
 * What an interaction line records, seen from the vault owner:
 * give (I gave), receipt (I got), ask (I asked them), promise (I owe them),
 * waiting (they owe me), thanks (I thanked them), touch (we were in contact).
 */
export type LineType = 'give' | 'receipt' | 'ask' | 'promise' | 'waiting' | 'thanks' | 'touch' | 'outcome';
