// Internal: the DfE unique pupil number check, shared by the CIN census and SSDA903 readers.

const UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

/**
 * The DfE UPN check: the first character is a letter computed from the other twelve (weights 2–13, sum mod 23,
 * letters without I, O and S). A temporary UPN (last character a letter) follows the same rule.
 */
export function upnCheckLetterOk(upn: string): boolean {
  const u = upn.toUpperCase();
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = u[i] as string;
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    if (value < 0) return false;
    sum += value * (i + 1);
  }
  return u[0] === UPN_LETTERS[sum % 23];
}
