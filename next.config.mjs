/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // native and WebAssembly database drivers, resvg (native) and pdfkit (reads its own
  // data files) are loaded from node_modules at run time
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/client', '@node-rs/argon2', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'fontkit'],
  // the security headers that never vary, on every path; pages' Content-Security-Policy
  // (with a nonce) and HSTS are set per request in proxy.ts
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        // API answers are data, never rendered: a policy that allows nothing
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
    ];
  },
};
export default nextConfig;
