// The anti-bot challenge several government sites put in front of their pages (SITES.md): a
// first answer of HTTP 412 with a tiny page whose script computes a cookie and reloads. The
// value comes out of a loop over numbers in the script, so a client has to run the script
// (a browser) to get past it; with the cookie, the real pages are served.

export const CLEARANCE_COOKIE = 'kjw_clearance';

export interface Challenge {
  /** The 412 page. */
  page: string;
  /** Does this Cookie header carry the right clearance? */
  passes(cookieHeader: string | undefined): boolean;
}

// The same arithmetic the page's script runs, so the server knows the answer.
function solve(seed: number, modulus: number): string {
  let v = 0;
  for (let i = 0; i < 1000; i++) v = (v * 31 + seed + i) % modulus;
  return v.toString(36);
}

/** A challenge with its own numbers (one per server, so a cookie does not carry over). */
export function createChallenge(seed: number): Challenge {
  const modulus = 1_000_003;
  const s = 10_000 + (Math.abs(Math.floor(seed)) % 90_000);
  const answer = solve(s, modulus);
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>
<script>
(function () {
  var _0x = [${s}, ${modulus}], v = 0;
  for (var i = 0; i < 1000; i++) { v = (v * 31 + _0x[0] + i) % _0x[1]; }
  document.cookie = '${CLEARANCE_COOKIE}=' + v.toString(36) + '; path=/; max-age=3600';
  location.reload();
})();
</script>
</body></html>
`;
  return {
    page,
    passes(cookieHeader) {
      if (!cookieHeader) return false;
      return cookieHeader
        .split(';')
        .some((part) => part.trim() === `${CLEARANCE_COOKIE}=${answer}`);
    },
  };
}
