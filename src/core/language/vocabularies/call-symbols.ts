/** Symbols read the same way in every language: a phone is a call (`📞 [[Sofía]]`). */
export const CALL_SYMBOLS = ['📞', '☎', '☎️'];
