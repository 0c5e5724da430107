/*
 * crypto.h: encryption at rest of personal data (customer contact
 * details) with libsodium's XChaCha20-Poly1305 IETF AEAD.
 *
 * The 32-byte key lives in a file outside the database (mode 0600): the
 * path in FRONTLINE_KEY_FILE, or the database path plus ".key". `make run`
 * and `frontline-admin init`/`demo` create it when it is absent. A sealed
 * value is nonce (24 bytes) || ciphertext || tag (16 bytes); its
 * associated data is "table|column|rowid", so a value copied into another
 * row or column no longer opens.
 */
#ifndef FRONTLINE_CRYPTO_H
#define FRONTLINE_CRYPTO_H

#include <stddef.h>
#include "util.h"

#define SECRET_KEY_BYTES 32
#define SECRET_OVERHEAD 40   /* nonce plus tag */

/* Writes the key file path for a database path into out (size bytes):
 * FRONTLINE_KEY_FILE when set, else db_path + ".key". Returns out, or NULL
 * when it does not fit. */
char *secret_key_path(const char *db_path, char *out, size_t size);

/* Creates the key file at path (32 random bytes, mode 0600) unless it
 * exists. Returns 1 created, 0 already there, -1 on failure (logged). */
int secret_key_create(const char *path);

/* Loads the key at path into this process, refusing a file of the wrong
 * size or one that others may read (mode beyond 0600), and with it the
 * next key at path + ".next" when there is one: while a rotation
 * (`frontline-admin rotate-key`) runs, the next key seals and hashes and
 * either key opens. Returns 0 or -1 (logged). */
int secret_key_load(const char *path);

/* Loads the key for the database in FRONTLINE_DB (see secret_key_path)
 * unless one is loaded already; once loaded, reloads it when the key file
 * or the next key's file changed (a stat of each, so a worker follows a
 * rotation without a restart: call it inside the write transaction that
 * seals, so a rotation finishing under the same lock cannot miss the
 * value). Returns 0 or -1. */
int secret_key_ensure_loaded(void);

/* Reloads the keys when their files changed since they were loaded;
 * returns 0, or -1 when none is loaded or the reload failed. */
int secret_key_refresh(void);

/* Returns 1 while a next key is loaded (a rotation is under way). */
int secret_key_rotating(void);

/* Forgets the loaded keys (wiping them). */
void secret_key_forget(void);

/* Writes a keyed BLAKE2b hash (128 bits, as 32 hex digits) of s into out,
 * for values that must be matched but not kept (a rate limit's address).
 * Returns 0, or -1 when no key is loaded. */
int secret_hash_hex(const char *s, char out[33]);

/* Writes the keyed hash (32 hex digits, as secret_hash_hex()) of a contact
 * value into out, after normalising it so that the same address or number
 * typed differently gives the same hash: kind "email" trims and lowercases;
 * kind "phone" keeps the digits only and writes a leading 44 as 0. A
 * subject-access search hashes what the admin typed the same way and looks
 * the hash up in a table's COLUMN_email_index / COLUMN_phone_index column,
 * instead of opening every sealed row. An empty normalised value writes "".
 * Returns 0, or -1 when no key is loaded or kind is neither. */
int contact_index_hex(const char *kind, const char *value, char out[33]);

/* The keyed hash of a contact value under each loaded key (the sealing
 * key's first, then during a rotation the other's), so a search finds
 * rows indexed before and after the rotation reached them. Returns the
 * number written (0 when the value normalises to nothing), or -1. */
int contact_index_candidates(const char *kind, const char *value, char out[2][33]);

/* The email and phone indexes of an opened contact value, whatever its
 * layout: the email is the word holding an '@', the phone the first run
 * of digits, spaces and + ( ) - holding seven digits or more. Writes ""
 * for one not found. Returns 0, or -1 when no key is loaded. */
int contact_index_of_plain(const char *plain, char email_out[33], char phone_out[33]);

/* Seals len bytes of plain for (table, column, rowid) into out (replacing
 * its contents). Returns 0, or -1 when no key is loaded or out of memory. */
int secret_seal(const void *plain, size_t len, const char *table, const char *column,
                long long rowid, struct buf *out);

/* Opens a sealed value into out (replacing its contents, NUL-terminated
 * after len bytes). Returns 0, or -1 when no key is loaded, the value was
 * changed, or it belongs to another table, column or row. */
int secret_open(const void *sealed, size_t len, const char *table, const char *column,
                long long rowid, struct buf *out);

/* secret_open() for the key rotation: also sets *current_key to 1 when
 * the value opened with the sealing key (nothing to re-seal). */
int secret_open_for_rotation(const void *sealed, size_t len, const char *table,
                             const char *column, long long rowid, struct buf *out, int *current_key);

#endif
