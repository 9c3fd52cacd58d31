// Corpus: blind6, Express middleware (ESM) with the LaunchDarkly client on app.locals and a Node callback form.
// Source: LaunchDarkly Node server SDK (variation with callback, allFlagsState); Express docs (app.locals, res.locals).
import { init } from '@launchdarkly/node-server-sdk';

export function flagMiddleware(app) {
  app.locals.ldClient = init(process.env.LD_SDK_KEY);
  return async (req, res, next) => {
    const context = { kind: 'user', key: req.user?.id ?? 'anon', anonymous: !req.user };
    res.locals.maintenance = await req.app.locals.ldClient.variation('web-maintenance-mode', context, false);
    req.app.locals.ldClient.variation('web-banner-text', context, '', (err, value) => {
      res.locals.banner = err ? '' : value;
      next();
    });
  };
}
