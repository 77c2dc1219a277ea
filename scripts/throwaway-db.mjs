// A throwaway PostgreSQL database for one run (the API suite, the edit-cost benchmark):
// created on the server adminUrl names, handed to fn, dropped afterwards.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function withPostgresDatabase(adminUrl, fn, prefix = 'pleit_test') {
  const { Client } = require('pg');
  const name = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) => console.error(`could not drop ${name}: ${e.message}`));
    await admin.end();
  }
}
