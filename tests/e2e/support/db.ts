/**
 * The shop's database, for what a journey cannot do through a page in reasonable time (a guest row as guest checkout
 * leaves it) and to read what the module stored. SQL uses PREFIX_ for the shop's table prefix and ? placeholders.
 */
import mysql from 'mysql2/promise';
import { settings } from './settings';

type Row = Record<string, unknown>;

let pool: mysql.Pool | null = null;

function connection(): mysql.Pool {
  if (!pool) {
    const db = settings().db;
    pool = mysql.createPool({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.name,
      connectionLimit: 2,
      charset: 'utf8mb4',
      dateStrings: true,
    });
  }
  return pool;
}

function withPrefix(sql: string): string {
  return sql.replace(/PREFIX_/g, settings().db.prefix);
}

export async function query<T extends Row = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await connection().query(withPrefix(sql), params);
  return rows as T[];
}

export async function one<T extends Row = Row>(sql: string, params: unknown[] = []): Promise<T | null> {
  const rows = await query<T>(sql, params);
  return rows[0] ?? null;
}

export async function execute(sql: string, params: unknown[] = []): Promise<{ insertId: number; affectedRows: number }> {
  const [result] = await connection().execute(withPrefix(sql), params as never[]);
  return result as unknown as { insertId: number; affectedRows: number };
}

export async function closeDb(): Promise<void> {
  if (pool) {
    await pool.end();
    pool = null;
  }
}

export interface DocumentRow extends Row {
  id_document: number;
  type: string;
  reference: string;
  billing_email: string;
  status: string;
  reason: string | null;
  match_method: string | null;
  id_customer: number | null;
  id_order: number | null;
  version: number;
  sha256: string;
  file_name: string;
  access_token: string;
}

export async function documentByReference(reference: string): Promise<DocumentRow | null> {
  return one<DocumentRow>('SELECT * FROM PREFIX_ebpdocuments_document WHERE reference = ? ORDER BY id_document DESC LIMIT 1', [reference]);
}

export async function customerIdByEmail(email: string, registeredOnly = true): Promise<number | null> {
  const row = await one<{ id_customer: number }>(
    `SELECT id_customer FROM PREFIX_customer WHERE email = ? AND deleted = 0 ${registeredOnly ? 'AND is_guest = 0' : ''} ORDER BY id_customer DESC LIMIT 1`,
    [email],
  );
  return row ? Number(row.id_customer) : null;
}

/**
 * Records that the account confirmed its address with the one-time code, as Customer\ClaimService does (row of
 * Matching\EmailProofs: sha256 of the normalized address). The code itself is mailed, which this suite does not
 * read; tests/php/Http/Front/EmailProofHttpTest covers that flow over HTTP.
 */
export async function recordEmailProof(email: string): Promise<void> {
  const id = await customerIdByEmail(email);
  if (id === null) {
    throw new Error(`no registered customer ${email}`);
  }
  await execute(
    "INSERT IGNORE INTO PREFIX_ebpdocuments_email_proof (id_customer, email_hash, method, id_employee, date_add) VALUES (?, SHA2(?, 256), 'code', NULL, NOW())",
    [id, email.trim().toLowerCase()],
  );
}

/**
 * A guest row exactly as PrestaShop's guest checkout leaves it: is_guest = 1, group Guest (PS_GUEST_GROUP), a random
 * password hash nobody knows. (Creating it through a guest checkout would only add minutes to the run.)
 */
export async function createGuestCustomer(email: string, firstname: string, lastname: string): Promise<number> {
  const shop = await one<{ id_shop: number; id_shop_group: number }>('SELECT id_shop, id_shop_group FROM PREFIX_shop ORDER BY id_shop LIMIT 1');
  const guestGroup = await one<{ value: string }>("SELECT value FROM PREFIX_configuration WHERE name = 'PS_GUEST_GROUP' LIMIT 1");
  const lang = await one<{ value: string }>("SELECT value FROM PREFIX_configuration WHERE name = 'PS_LANG_DEFAULT' LIMIT 1");
  const groupId = Number(guestGroup?.value ?? 2);
  const result = await execute(
    `INSERT INTO PREFIX_customer (id_shop_group, id_shop, id_gender, id_default_group, id_lang, firstname, lastname, email, passwd,
       last_passwd_gen, secure_key, active, is_guest, deleted, date_add, date_upd, newsletter, optin, reset_password_validity)
     VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, NOW(), ?, 1, 1, 0, NOW(), NOW(), 0, 0, '1970-01-01 00:00:00')`,
    [
      shop?.id_shop_group ?? 1,
      shop?.id_shop ?? 1,
      groupId,
      Number(lang?.value ?? 1),
      firstname,
      lastname,
      email,
      `$2y$10$${'x'.repeat(53)}`,
      [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join(''),
    ],
  );
  await execute('INSERT INTO PREFIX_customer_group (id_customer, id_group) VALUES (?, ?)', [result.insertId, groupId]);
  return result.insertId;
}

export async function configuration(name: string): Promise<string | null> {
  const row = await one<{ value: string | null }>('SELECT value FROM PREFIX_configuration WHERE name = ? ORDER BY id_shop IS NULL DESC LIMIT 1', [name]);
  return row ? row.value : null;
}

/** An active webservice key of the shop (E-connecteur's usual key), or null when the Webservice has none. */
export async function activeWebserviceKey(): Promise<string | null> {
  const row = await one<{ key: string }>(
    `SELECT a.\`key\` FROM PREFIX_webservice_account a
       JOIN PREFIX_webservice_account_shop s ON s.id_webservice_account = a.id_webservice_account
      WHERE a.active = 1 ORDER BY a.id_webservice_account LIMIT 1`,
  );
  return row ? row.key : null;
}
