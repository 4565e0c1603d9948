/** A PostgreSQL start-up failure a user can act on; its message is one clear line. */
export class PostgresStartError extends Error {}
