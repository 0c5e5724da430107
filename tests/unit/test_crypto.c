/*
 * test_crypto.c: the key file and sealing of personal data (core/crypto).
 */
#include "check.h"
#include "core/crypto.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/frontline-crypto-XXXXXX";

/* The key file is created once, mode 0600, 32 bytes; loading refuses a
 * file others can read or one of the wrong size. */
static void test_key_file(void)
{
	char path[256];
	struct stat sb;
	snprintf(path, sizeof path, "%s/db.key", dir);
	CHECK_EQ_INT(secret_key_create(path), 1);
	CHECK_EQ_INT(secret_key_create(path), 0);      /* already there: kept */
	CHECK(stat(path, &sb) == 0);
	CHECK_EQ_INT(sb.st_mode & 0777, 0600);
	CHECK_EQ_INT(sb.st_size, SECRET_KEY_BYTES);
	CHECK_EQ_INT(secret_key_load(path), 0);
	chmod(path, 0644);
	secret_key_forget();
	CHECK_EQ_INT(secret_key_load(path), -1);       /* readable by others */
	chmod(path, 0600);
	char short_path[256];
	snprintf(short_path, sizeof short_path, "%s/short.key", dir);
	FILE *f = fopen(short_path, "w");
	fputs("too short", f);
	fclose(f);
	chmod(short_path, 0600);
	CHECK_EQ_INT(secret_key_load(short_path), -1);
	unlink(short_path);
	CHECK_EQ_INT(secret_key_load(path), 0);
}

/* The path: FRONTLINE_KEY_FILE, else next to the database. */
static void test_key_path(void)
{
	char out[64];
	unsetenv("FRONTLINE_KEY_FILE");
	CHECK_STR_EQ(secret_key_path("/srv/f.db", out, sizeof out), "/srv/f.db.key");
	setenv("FRONTLINE_KEY_FILE", "/etc/frontline/key", 1);
	CHECK_STR_EQ(secret_key_path("/srv/f.db", out, sizeof out), "/etc/frontline/key");
	unsetenv("FRONTLINE_KEY_FILE");
	CHECK(secret_key_path("/a/very/long/path/that/does/not/fit/in/the/buffer/given.db", out, 16) == NULL);
}

/* Sealing round-trips; the ciphertext hides the text; another row, column
 * or table, or a flipped byte, does not open. */
static void test_seal_open(void)
{
	struct buf sealed = {0}, plain = {0};
	const char *secret = "Jo Bloggs\njo@example.org\n07700 900123";
	CHECK_EQ_INT(secret_seal(secret, strlen(secret), "feedback_responses", "contact", 42, &sealed), 0);
	CHECK_EQ_INT(sealed.len, strlen(secret) + SECRET_OVERHEAD);
	CHECK(memmem(sealed.data, sealed.len, "example.org", 11) == NULL);
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "feedback_responses", "contact", 42, &plain), 0);
	CHECK_STR_EQ(plain.data, secret);
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "feedback_responses", "contact", 43, &plain), -1);
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "feedback_responses", "comment", 42, &plain), -1);
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "users", "contact", 42, &plain), -1);
	sealed.data[30] ^= 1;
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "feedback_responses", "contact", 42, &plain), -1);
	CHECK_EQ_INT(secret_open(sealed.data, 10, "feedback_responses", "contact", 42, &plain), -1);
	/* two seals of the same text differ (fresh nonce) */
	struct buf again = {0};
	sealed.data[30] ^= 1;
	secret_seal(secret, strlen(secret), "feedback_responses", "contact", 42, &again);
	CHECK(again.len == sealed.len && memcmp(again.data, sealed.data, sealed.len) != 0);
	/* without a key nothing is sealed or opened */
	secret_key_forget();
	CHECK_EQ_INT(secret_seal("x", 1, "t", "c", 1, &again), -1);
	CHECK_EQ_INT(secret_open(sealed.data, sealed.len, "feedback_responses", "contact", 42, &plain), -1);
	buf_free(&sealed);
	buf_free(&plain);
	buf_free(&again);
}

/* The keyed hash is stable for one key and 32 hex digits. */
static void test_hash(void)
{
	char a[33], b[33], c[33];
	char path[256];
	snprintf(path, sizeof path, "%s/db.key", dir);
	CHECK_EQ_INT(secret_key_load(path), 0);
	CHECK_EQ_INT(secret_hash_hex("192.0.2.1", a), 0);
	CHECK_EQ_INT(secret_hash_hex("192.0.2.1", b), 0);
	CHECK_EQ_INT(secret_hash_hex("192.0.2.2", c), 0);
	CHECK_STR_EQ(a, b);
	CHECK(strcmp(a, c) != 0);
	CHECK_EQ_INT(strlen(a), 32);
}

/* Contact values typed differently hash the same; different ones do not;
 * an email and a phone with the same text do not collide. */
static void test_contact_index(void)
{
	char a[33], b[33], c[33];
	CHECK_EQ_INT(contact_index_hex("email", " Jo.Bloggs@Example.ORG ", a), 0);
	CHECK_EQ_INT(contact_index_hex("email", "jo.bloggs@example.org", b), 0);
	CHECK_STR_EQ(a, b);
	CHECK_EQ_INT(contact_index_hex("email", "jo.blogs@example.org", c), 0);
	CHECK(strcmp(a, c) != 0);
	CHECK_EQ_INT(contact_index_hex("phone", "+44 7700 900123", a), 0);
	CHECK_EQ_INT(contact_index_hex("phone", "07700-900123", b), 0);
	CHECK_STR_EQ(a, b);
	CHECK_EQ_INT(contact_index_hex("email", "07700900123", c), 0);
	CHECK(strcmp(a, c) != 0);
	CHECK_EQ_INT(contact_index_hex("phone", "no digits", a), 0);
	CHECK_STR_EQ(a, "");
	CHECK_EQ_INT(contact_index_hex("postcode", "AB1 2CD", a), -1);
	secret_key_forget();
	CHECK_EQ_INT(contact_index_hex("email", "jo@example.org", a), -1);
}

/* The indexes of an opened contact value, whatever its layout. */
static void test_contact_index_of_plain(void)
{
	char path[256], email[33], phone[33], want[33];
	snprintf(path, sizeof path, "%s/db.key", dir);
	CHECK_EQ_INT(secret_key_load(path), 0);
	CHECK_EQ_INT(contact_index_of_plain("Jo Bloggs\nJo@Example.org\n+44 7700 900123", email, phone), 0);
	CHECK_EQ_INT(contact_index_hex("email", "jo@example.org", want), 0);
	CHECK_STR_EQ(email, want);
	CHECK_EQ_INT(contact_index_hex("phone", "07700900123", want), 0);
	CHECK_STR_EQ(phone, want);
	CHECK_EQ_INT(contact_index_of_plain("{\"email\": \"jo@example.org\", \"phone\": \"(07700) 900-123\"}", email, phone), 0);
	CHECK_STR_EQ(phone, want);
	CHECK_EQ_INT(contact_index_hex("email", "jo@example.org", want), 0);
	CHECK_STR_EQ(email, want);
	CHECK_EQ_INT(contact_index_of_plain("Jo, no way to reach, flat 12", email, phone), 0);
	CHECK_STR_EQ(email, "");
	CHECK_STR_EQ(phone, "");
	secret_key_forget();
}

/* A rotation: with KEY.next beside the key, the worker reloads at its
 * next call, seals and hashes with the next key and opens with either;
 * once the next key is the key file, only it opens. */
static void test_rotation_keys(void)
{
	char path[256], next[300], old[300], a_index[33], idx[2][33];
	struct buf a = {0}, b = {0}, out = {0};
	snprintf(path, sizeof path, "%s/db.key", dir);
	snprintf(next, sizeof next, "%s.next", path);
	snprintf(old, sizeof old, "%s.old", path);
	setenv("FRONTLINE_DB", "", 1);
	setenv("FRONTLINE_KEY_FILE", path, 1);
	CHECK_EQ_INT(secret_key_ensure_loaded(), 0);
	CHECK_EQ_INT(secret_key_rotating(), 0);
	CHECK_EQ_INT(secret_seal("old", 3, "t", "c", 1, &a), 0);
	CHECK_EQ_INT(contact_index_hex("email", "jo@example.org", a_index), 0);
	CHECK_EQ_INT(contact_index_candidates("email", "jo@example.org", idx), 1);
	CHECK_EQ_INT(secret_key_create(next), 1);
	CHECK_EQ_INT(secret_key_ensure_loaded(), 0);       /* notices the next key */
	CHECK_EQ_INT(secret_key_rotating(), 1);
	CHECK_EQ_INT(secret_seal("new", 3, "t", "c", 2, &b), 0);
	CHECK_EQ_INT(secret_open(a.data, a.len, "t", "c", 1, &out), 0);
	CHECK_STR_EQ(out.data, "old");
	CHECK_EQ_INT(secret_open(b.data, b.len, "t", "c", 2, &out), 0);
	CHECK_STR_EQ(out.data, "new");
	int by_sealing = -1;
	CHECK_EQ_INT(secret_open_for_rotation(a.data, a.len, "t", "c", 1, &out, &by_sealing), 0);
	CHECK_EQ_INT(by_sealing, 0);
	CHECK_EQ_INT(secret_open_for_rotation(b.data, b.len, "t", "c", 2, &out, &by_sealing), 0);
	CHECK_EQ_INT(by_sealing, 1);
	CHECK_EQ_INT(contact_index_candidates("email", "jo@example.org", idx), 2);
	CHECK(strcmp(idx[0], a_index) != 0);    /* the next key's first */
	CHECK_STR_EQ(idx[1], a_index);
	CHECK_EQ_INT(rename(path, old), 0);
	CHECK_EQ_INT(rename(next, path), 0);
	CHECK_EQ_INT(secret_key_ensure_loaded(), 0);       /* notices the swap */
	CHECK_EQ_INT(secret_key_rotating(), 0);
	CHECK_EQ_INT(secret_open(b.data, b.len, "t", "c", 2, &out), 0);
	CHECK_EQ_INT(secret_open(a.data, a.len, "t", "c", 1, &out), -1);
	CHECK_EQ_INT(contact_index_candidates("email", "jo@example.org", idx), 1);
	CHECK(strcmp(idx[0], a_index) != 0);
	unlink(old);
	secret_key_forget();
	unsetenv("FRONTLINE_KEY_FILE");
	buf_free(&a);
	buf_free(&b);
	buf_free(&out);
}

int main(void)
{
	if (sodium_init() < 0 || mkdtemp(dir) == NULL)
		return 1;
	test_key_file();
	test_key_path();
	test_seal_open();
	test_hash();
	test_contact_index();
	test_contact_index_of_plain();
	test_rotation_keys();
	char path[256];
	snprintf(path, sizeof path, "%s/db.key", dir);
	unlink(path);
	rmdir(dir);
	return check_summary("crypto");
}
