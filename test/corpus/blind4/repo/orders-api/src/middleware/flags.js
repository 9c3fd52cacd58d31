// Corpus: blind4 / orders-api: Express middleware that evaluates every flag once per request.
// Source: @launchdarkly/node-server-sdk (allFlagsState(context) -> LDFlagsState.getFlagValue, allValues).
const { init } = require('@launchdarkly/node-server-sdk');

const ldClient = init(process.env.LD_SDK_KEY, { stream: true });

async function flagsMiddleware(req, res, next) {
  try {
    const context = { kind: 'user', key: req.user ? req.user.id : 'anonymous', plan: req.user?.plan };
    req.flags = await ldClient.allFlagsState(context, { clientSideOnly: false });
    req.ld = ldClient;
    req.ldContext = context;
    next();
  } catch (err) {
    next(err);
  }
}

function requireFlag(flagKey) {
  return (req, res, next) => (req.flags.getFlagValue(flagKey) ? next() : res.status(404).end());
}

module.exports = { flagsMiddleware, requireFlag, ldClient };
