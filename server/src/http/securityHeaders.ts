import helmet from 'helmet';

/**
 * Security headers (helmet). The content security policy allows only our own origin: the
 * client and the bundled GraphiQL load every script, style, font and worker from it. Inline
 * styles stay allowed because GraphiQL's editor (Monaco) and Cytoscape inject <style>
 * elements; `blob:` and `data:` images cover the canvas exports.
 */
export function securityHeaders(options: { reportOnly: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      reportOnly: options.reportOnly,
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
        // The app may be served over plain HTTP (npm start, a compose file without TLS):
        // upgrading its own requests to HTTPS would break it.
        'upgrade-insecure-requests': null,
      },
    },
  });
}
