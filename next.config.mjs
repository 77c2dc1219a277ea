/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // native and WebAssembly database drivers, resvg (native) and pdfkit (reads its own
  // data files) are loaded from node_modules at run time
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/client', '@node-rs/argon2', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'fontkit'],
};
export default nextConfig;
