/**
 * `x.toFixed(digits)` (1 or 2 digits), exactly, without a runtime call in the common case. Every appraisal
 * formats its raw score and its strongest effects for `analysis`, and `Number.prototype.toFixed` costs about
 * 300 ns a call here (a fifth of the scoring). The shortcut rounds the scaled value itself, which is exact
 * whenever the scaled value is neither huge nor within 1e-6 of a rounding tie (its floating-point error is
 * below 1.2e-7 there); every other number goes to `toFixed`.
 */
export function toFixed(x: number, digits: 1 | 2): string {
  const negative = x < 0;
  const scaled = (negative ? -x : x) * (digits === 1 ? 10 : 100);
  if (!(scaled < 1e9)) return x.toFixed(digits); // huge, infinite or NaN
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (Math.abs(fraction - 0.5) < 1e-6) return x.toFixed(digits); // near a tie: let toFixed decide
  let m = String(fraction < 0.5 ? whole : whole + 1);
  if (m.length <= digits) m = '00'.slice(0, digits + 1 - m.length) + m;
  const text = `${m.slice(0, m.length - digits)}.${m.slice(m.length - digits)}`;
  return negative ? `-${text}` : text;
}
