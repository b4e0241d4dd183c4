// Security headers on every api response (helmet). The api serves JSON and event streams only,
// so its policy allows nothing to load, nothing to frame it, and no referrer to leak.
import type { IncomingMessage, ServerResponse } from 'node:http';

import helmet from 'helmet';

/** Browser features no page of ours uses; the web app sends the same list. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()';

/** `deployed`: staging or production, always behind HTTPS, so HSTS is safe to send. */
export function createSecurityHeaders(deployed: boolean) {
  const apply = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    // The web app reads the api with CORS, which this header does not restrict.
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: deployed
      ? { maxAge: 2 * 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    xFrameOptions: { action: 'deny' },
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    apply(req, res, () => {});
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  };
}
