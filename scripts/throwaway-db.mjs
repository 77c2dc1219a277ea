// A throwaway PostgreSQL database for the tests and benchmarks: created on the server
// that `adminUrl` names (its role may create databases), handed to `fn` as a URL, and
// dropped afterwards (WITH (FORCE): connections left open do not keep it alive).
import pg from 'pg';

/** (types in throwaway-db.d.mts) */
export async function withPostgresDatabase(adminUrl, fn, prefix = 'pleit_test') {
  const name = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
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
