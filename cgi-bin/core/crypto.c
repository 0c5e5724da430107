/*
 * crypto.c: encryption at rest with a key file (see crypto.h).
 */
#include "crypto.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The key file's path for a database. */
char *secret_key_path(const char *db_path, char *out, size_t size)
{
	const char *env = getenv("FRONTLINE_KEY_FILE");
	int n = env && env[0] ? snprintf(out, size, "%s", env)
	                      : snprintf(out, size, "%s.key", db_path ? db_path : "frontline.db");
	return n > 0 && (size_t)n < size ? out : NULL;
}

/* Writes all of len bytes to fd; returns 0 or -1. */
static int write_all(int fd, const unsigned char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Creates the key file with O_EXCL, so two starters cannot both write one. */
int secret_key_create(const char *path)
{
	unsigned char key[SECRET_KEY_BYTES];
	char id[9];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return 0;
		log_error(id, "cannot create key file %s: %s", path, strerror(errno));
		return -1;
	}
	crypto_aead_xchacha20poly1305_ietf_keygen(key);
	int rc = write_all(fd, key, sizeof key) == 0 && fchmod(fd, 0600) == 0 && fsync(fd) == 0 ? 0 : -1;
	sodium_memzero(key, sizeof key);
	if (close(fd) != 0)
		rc = -1;
	if (rc != 0) {
		log_error(id, "cannot write key file %s: %s", path, strerror(errno));
		unlink(path);
		return -1;
	}
	return 1;
}

/* A key of this worker: the key file's, and during a rotation the next
 * one (the file's path plus ".next"), which seals and hashes while both
 * open. */
struct loaded {
	unsigned char key[SECRET_KEY_BYTES];
	int present;
	dev_t dev;
	ino_t ino;
	struct timespec mtime;
};
static struct loaded current, next;   /* this worker's keys */
static char loaded_path[4096];        /* the key file they came from */

/* The key that seals and hashes: the next one during a rotation. */
static const unsigned char *sealing_key(void)
{
	return next.present ? next.key : current.present ? current.key : NULL;
}

/* Reads and checks one key file into k. Returns 0, 1 when absent (and
 * missing_ok), or -1 (logged). */
static int read_key_file(const char *path, struct loaded *k, int missing_ok)
{
	char id[9];
	struct stat sb;
	unsigned char key[SECRET_KEY_BYTES + 1];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (missing_ok && errno == ENOENT)
			return 1;
		log_error(id, "cannot open key file %s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || (sb.st_mode & 077) != 0) {
		log_error(id, "key file %s must be a regular file of mode 0600", path);
		close(fd);
		return -1;
	}
	ssize_t n = read(fd, key, sizeof key);
	close(fd);
	if (n != SECRET_KEY_BYTES) {
		log_error(id, "key file %s must hold exactly %d bytes", path, SECRET_KEY_BYTES);
		sodium_memzero(key, sizeof key);
		return -1;
	}
	memcpy(k->key, key, SECRET_KEY_BYTES);
	sodium_memzero(key, sizeof key);
	k->present = 1;
	k->dev = sb.st_dev;
	k->ino = sb.st_ino;
	k->mtime = sb.st_mtim;
	return 0;
}

/* Reads and checks the key file, and the next key beside it if there is
 * one (a rotation under way). */
int secret_key_load(const char *path)
{
	char next_path[4200];
	struct loaded k = {0}, n = {0};
	if (read_key_file(path, &k, 0) != 0)
		return -1;
	snprintf(next_path, sizeof next_path, "%s.next", path);
	if (read_key_file(next_path, &n, 1) < 0) {
		sodium_memzero(&k, sizeof k);
		return -1;
	}
	sodium_memzero(&current, sizeof current);
	sodium_memzero(&next, sizeof next);
	current = k;
	next = n;
	sodium_memzero(&k, sizeof k);
	sodium_memzero(&n, sizeof n);
	snprintf(loaded_path, sizeof loaded_path, "%s", path);
	return 0;
}

/* Returns 1 when the file at path is not the one k was read from (or
 * appeared or went away). */
static int key_file_changed(const char *path, const struct loaded *k)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return k->present;
	return !k->present || sb.st_dev != k->dev || sb.st_ino != k->ino ||
	       sb.st_mtim.tv_sec != k->mtime.tv_sec || sb.st_mtim.tv_nsec != k->mtime.tv_nsec;
}

/* See crypto.h. */
int secret_key_refresh(void)
{
	char next_path[4200];
	if (!current.present || loaded_path[0] == '\0')
		return -1;
	snprintf(next_path, sizeof next_path, "%s.next", loaded_path);
	if (!key_file_changed(loaded_path, &current) && !key_file_changed(next_path, &next))
		return 0;
	char path[4096];
	snprintf(path, sizeof path, "%s", loaded_path);
	return secret_key_load(path);
}

/* Loads the key for FRONTLINE_DB once, and notices a rotation after. */
int secret_key_ensure_loaded(void)
{
	char path[4096];
	if (current.present)
		return secret_key_refresh() == 0 || current.present ? 0 : -1;
	if (secret_key_path(getenv("FRONTLINE_DB"), path, sizeof path) == NULL)
		return -1;
	return secret_key_load(path);
}

/* See crypto.h. */
int secret_key_rotating(void)
{
	return next.present;
}

/* Wipes the keys. */
void secret_key_forget(void)
{
	sodium_memzero(&current, sizeof current);
	sodium_memzero(&next, sizeof next);
	loaded_path[0] = '\0';
}

/* Keyed hash of s with a subkey of key. */
static void hash_with(const unsigned char *key, const char *s, char out[33])
{
	unsigned char subkey[crypto_generichash_KEYBYTES], digest[16];
	crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "fl_hash_", key);
	crypto_generichash(digest, sizeof digest, (const unsigned char *)s, strlen(s),
	                   subkey, sizeof subkey);
	sodium_memzero(subkey, sizeof subkey);
	hex_encode(out, digest, sizeof digest);
}

/* Keyed hash of s with the sealing key. */
int secret_hash_hex(const char *s, char out[33])
{
	const unsigned char *key = sealing_key();
	if (key == NULL)
		return -1;
	hash_with(key, s, out);
	return 0;
}

/* Writes value into out (size bytes) normalised for kind ("email" or
 * "phone"); returns the length, or -1 for another kind or a value too
 * long. */
static int normalise_contact(const char *kind, const char *value, char *out, size_t size)
{
	size_t n = 0;
	int email = strcmp(kind, "email") == 0;
	if (!email && strcmp(kind, "phone") != 0)
		return -1;
	while (*value == ' ' || *value == '\t')
		value++;
	for (; *value; value++) {
		unsigned char c = (unsigned char)*value;
		if (email ? c == ' ' || c == '\t' : c < '0' || c > '9')
			continue;
		if (n + 1 >= size)
			return -1;
		out[n++] = (char)(email && c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	out[n] = '\0';
	if (!email && n >= 2 && out[0] == '4' && out[1] == '4') {
		memmove(out + 1, out + 2, n - 1);
		out[0] = '0';
		n--;
	}
	return (int)n;
}

/* The keyed hash of a normalised contact value. */
int contact_index_hex(const char *kind, const char *value, char out[33])
{
	char norm[512], tagged[520];
	int n = normalise_contact(kind, value ? value : "", norm, sizeof norm);
	if (n < 0 || sealing_key() == NULL)
		return -1;
	if (n == 0) {
		out[0] = '\0';
		return 0;
	}
	snprintf(tagged, sizeof tagged, "%s:%s", kind, norm);
	return secret_hash_hex(tagged, out);
}

/* The index under every loaded key: the sealing key's first. */
int contact_index_candidates(const char *kind, const char *value, char out[2][33])
{
	char norm[512], tagged[520];
	int n = normalise_contact(kind, value ? value : "", norm, sizeof norm), count = 0;
	if (n < 0 || sealing_key() == NULL)
		return -1;
	if (n == 0)
		return 0;
	snprintf(tagged, sizeof tagged, "%s:%s", kind, norm);
	hash_with(sealing_key(), tagged, out[count++]);
	if (next.present && current.present)
		hash_with(current.key, tagged, out[count++]);
	return count;
}

/* Copies the token of s around p (up to spaces, commas, quotes, angle
 * brackets) into out; returns out. */
static char *token_around(const char *s, const char *p, char *out, size_t size)
{
	const char *stop = " \t\n\r,;\"'<>()[]{}";
	const char *a = p, *b = p;
	while (a > s && !strchr(stop, a[-1]))
		a--;
	while (*b && !strchr(stop, *b))
		b++;
	snprintf(out, size, "%.*s", (int)(b - a), a);
	return out;
}

/* See crypto.h. */
int contact_index_of_plain(const char *plain, char email_out[33], char phone_out[33])
{
	char token[256], phone[64];
	const char *at = strchr(plain, '@');
	email_out[0] = phone_out[0] = '\0';
	if (at && contact_index_hex("email", token_around(plain, at, token, sizeof token), email_out) != 0)
		return -1;
	for (const char *p = plain; *p; p++) {
		size_t digits = 0, len = 0;
		if (!(isdigit((unsigned char)*p) || *p == '+'))
			continue;
		while (p[len] && strchr("0123456789+ ()-", p[len]) && len + 1 < sizeof phone)
			digits += isdigit((unsigned char)p[len++]) != 0;
		if (digits >= 7) {
			snprintf(phone, sizeof phone, "%.*s", (int)len, p);
			return contact_index_hex("phone", phone, phone_out);
		}
		p += len ? len - 1 : 0;
	}
	return 0;
}

/* "table|column|rowid" into out; returns its length or -1. */
static int associated_data(char *out, size_t size, const char *table, const char *column,
                           long long rowid)
{
	int n = snprintf(out, size, "%s|%s|%lld", table, column, rowid);
	return n > 0 && (size_t)n < size ? n : -1;
}

/* Seals plain with a fresh random nonce. */
int secret_seal(const void *plain, size_t len, const char *table, const char *column,
                long long rowid, struct buf *out)
{
	char ad[256];
	int ad_len = associated_data(ad, sizeof ad, table, column, rowid);
	const unsigned char *key = sealing_key();
	if (key == NULL || ad_len < 0)
		return -1;
	buf_reset(out);
	unsigned char *sealed = malloc(len + SECRET_OVERHEAD);
	if (sealed == NULL)
		return -1;
	unsigned long long clen = 0;
	randombytes_buf(sealed, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
	crypto_aead_xchacha20poly1305_ietf_encrypt(
		sealed + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, plain, len,
		(const unsigned char *)ad, (unsigned long long)ad_len, NULL, sealed, key);
	int rc = buf_append(out, sealed, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
	free(sealed);
	return rc == 0 ? 0 : -1;
}

/* Opens a sealed value with one key into plain; returns 0 or -1. */
static int open_with(const unsigned char *key, const unsigned char *s, size_t len, const char *ad,
                     int ad_len, unsigned char *plain, unsigned long long *plen)
{
	return crypto_aead_xchacha20poly1305_ietf_decrypt(
		plain, plen, NULL, s + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
		len - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
		(const unsigned char *)ad, (unsigned long long)ad_len, s, key) == 0 ? 0 : -1;
}

/* Opens a sealed value, checking its tag and associated data, with the
 * sealing key and then (during a rotation) the other. */
static int open_sealed(const void *sealed, size_t len, const char *table, const char *column,
                       long long rowid, struct buf *out, int *by_sealing_key)
{
	char ad[256];
	const unsigned char *s = sealed;
	int ad_len = associated_data(ad, sizeof ad, table, column, rowid);
	if (sealing_key() == NULL || ad_len < 0 || len < SECRET_OVERHEAD)
		return -1;
	size_t max = len - SECRET_OVERHEAD;
	unsigned char *plain = malloc(max + 1);
	unsigned long long plen = 0;
	if (plain == NULL)
		return -1;
	int rc = open_with(sealing_key(), s, len, ad, ad_len, plain, &plen);
	if (by_sealing_key)
		*by_sealing_key = rc == 0;
	if (rc != 0 && next.present && current.present)
		rc = open_with(current.key, s, len, ad, ad_len, plain, &plen);
	buf_reset(out);
	if (rc == 0)
		rc = buf_append(out, plain, (size_t)plen) == 0 ? 0 : -1;   /* NUL-terminates */
	sodium_memzero(plain, max + 1);
	free(plain);
	return rc == 0 ? 0 : -1;
}

/* See crypto.h. */
int secret_open(const void *sealed, size_t len, const char *table, const char *column,
                long long rowid, struct buf *out)
{
	return open_sealed(sealed, len, table, column, rowid, out, NULL);
}

/* See crypto.h. */
int secret_open_for_rotation(const void *sealed, size_t len, const char *table,
                             const char *column, long long rowid, struct buf *out, int *current_key)
{
	return open_sealed(sealed, len, table, column, rowid, out, current_key);
}
