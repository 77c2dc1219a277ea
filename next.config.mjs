/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // native and WebAssembly database drivers are loaded from node_modules at run time
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/client', '@node-rs/argon2'],
  // the security headers that never vary, on every path; the Content-Security-Policy
  // and HSTS are set per request in proxy.ts (lib/server/security-headers.ts)
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
    ];
  },
};
export default nextConfig;
