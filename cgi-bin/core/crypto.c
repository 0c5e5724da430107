/*
 * crypto.c: encryption at rest with a key file (see crypto.h).
 */
#include "crypto.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned char loaded_key[SECRET_KEY_BYTES];  /* this worker's key */
static int key_loaded;

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

/* Reads and checks the key file. */
int secret_key_load(const char *path)
{
	char id[9];
	struct stat sb;
	unsigned char key[SECRET_KEY_BYTES + 1];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
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
	memcpy(loaded_key, key, SECRET_KEY_BYTES);
	sodium_memzero(key, sizeof key);
	key_loaded = 1;
	return 0;
}

/* Loads the key for FRONTLINE_DB once. */
int secret_key_ensure_loaded(void)
{
	char path[4096];
	if (key_loaded)
		return 0;
	if (secret_key_path(getenv("FRONTLINE_DB"), path, sizeof path) == NULL)
		return -1;
	return secret_key_load(path);
}

/* Wipes the key. */
void secret_key_forget(void)
{
	sodium_memzero(loaded_key, sizeof loaded_key);
	key_loaded = 0;
}

/* Keyed hash of s with a subkey of the loaded key. */
int secret_hash_hex(const char *s, char out[33])
{
	unsigned char subkey[crypto_generichash_KEYBYTES], digest[16];
	if (!key_loaded)
		return -1;
	crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "fl_hash_", loaded_key);
	crypto_generichash(digest, sizeof digest, (const unsigned char *)s, strlen(s),
	                   subkey, sizeof subkey);
	sodium_memzero(subkey, sizeof subkey);
	hex_encode(out, digest, sizeof digest);
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
	if (n < 0 || !key_loaded)
		return -1;
	if (n == 0) {
		out[0] = '\0';
		return 0;
	}
	snprintf(tagged, sizeof tagged, "%s:%s", kind, norm);
	return secret_hash_hex(tagged, out);
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
	if (!key_loaded || ad_len < 0)
		return -1;
	buf_reset(out);
	unsigned char *sealed = malloc(len + SECRET_OVERHEAD);
	if (sealed == NULL)
		return -1;
	unsigned long long clen = 0;
	randombytes_buf(sealed, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
	crypto_aead_xchacha20poly1305_ietf_encrypt(
		sealed + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, plain, len,
		(const unsigned char *)ad, (unsigned long long)ad_len, NULL, sealed, loaded_key);
	int rc = buf_append(out, sealed, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
	free(sealed);
	return rc == 0 ? 0 : -1;
}

/* Opens a sealed value, checking its tag and associated data. */
int secret_open(const void *sealed, size_t len, const char *table, const char *column,
                long long rowid, struct buf *out)
{
	char ad[256];
	const unsigned char *s = sealed;
	int ad_len = associated_data(ad, sizeof ad, table, column, rowid);
	if (!key_loaded || ad_len < 0 || len < SECRET_OVERHEAD)
		return -1;
	size_t max = len - SECRET_OVERHEAD;
	unsigned char *plain = malloc(max + 1);
	unsigned long long plen = 0;
	if (plain == NULL)
		return -1;
	int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
		plain, &plen, NULL, s + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
		len - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
		(const unsigned char *)ad, (unsigned long long)ad_len, s, loaded_key);
	buf_reset(out);
	if (rc == 0)
		rc = buf_append(out, plain, (size_t)plen) == 0 ? 0 : -1;   /* NUL-terminates */
	sodium_memzero(plain, max + 1);
	free(plain);
	return rc == 0 ? 0 : -1;
}
