/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // native and WebAssembly database drivers are loaded from node_modules at run time
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/client', '@node-rs/argon2'],
};
export default nextConfig;
