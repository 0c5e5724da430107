/*
 * replay.c: a main for the fuzz targets without libFuzzer, so `make test`
 * builds every target with the ordinary compiler and runs it briefly.
 *
 *   build/fuzz-replay/fuzz_NAME DIR...
 *
 * Each file in each DIR (the seed corpus, tests/fuzz/seeds/NAME/) is given
 * to LLVMFuzzerTestOneInput() as it is, then in REPLAY_MUTATIONS variants
 * made by a fixed pseudo-random generator (bytes flipped, cut, repeated),
 * so every run replays the same inputs. A broken invariant aborts (the
 * target's FUZZ_ASSERT); otherwise the last line is
 * "fuzz_NAME: N passed, 0 failed", one per seed file.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPLAY_MUTATIONS 200
#define REPLAY_MAX_INPUT 65536

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The next number of a fixed xorshift sequence. */
static uint32_t next_random(uint32_t *state)
{
	uint32_t x = *state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* Writes into out (REPLAY_MAX_INPUT bytes) one variant of seed[0..len):
 * a few bytes changed, a cut, or a slice repeated. Returns its length. */
static size_t mutate(const uint8_t *seed, size_t len, uint8_t *out, uint32_t *state)
{
	size_t n = len < REPLAY_MAX_INPUT ? len : REPLAY_MAX_INPUT;
	memcpy(out, seed, n);
	if (n == 0)
		return 0;
	switch (next_random(state) % 3) {
	case 0:
		for (int i = 0; i < 4; i++)
			out[next_random(state) % n] = (uint8_t)next_random(state);
		return n;
	case 1:
		return next_random(state) % n;
	default: {
		size_t from = next_random(state) % n, count = n - from;
		if (n + count > REPLAY_MAX_INPUT)
			count = REPLAY_MAX_INPUT - n;
		memmove(out + from + count, out + from, n - from);
		return n + count;
	}
	}
}

/* Reads a whole file (at most REPLAY_MAX_INPUT bytes) into buf; returns
 * its length, or -1 when it cannot be read. */
static long read_input(const char *path, uint8_t *buf)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	size_t n = fread(buf, 1, REPLAY_MAX_INPUT, f);
	fclose(f);
	return (long)n;
}

/* Replays one seed file and its variants; returns 1 when it was read. */
static int replay_file(const char *path, uint32_t *state)
{
	static uint8_t seed[REPLAY_MAX_INPUT], variant[REPLAY_MAX_INPUT];
	long len = read_input(path, seed);
	if (len < 0) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return 0;
	}
	LLVMFuzzerTestOneInput(seed, (size_t)len);
	for (int i = 0; i < REPLAY_MUTATIONS; i++) {
		size_t n = mutate(seed, (size_t)len, variant, state);
		LLVMFuzzerTestOneInput(variant, n);
	}
	return 1;
}

/* Replays every regular file of a directory, in name order; adds to the
 * counts of files replayed and unreadable. */
static void replay_directory(const char *dir, uint32_t *state, int *passed, int *failed)
{
	struct dirent **names;
	int count = scandir(dir, &names, NULL, alphasort);
	if (count < 0) {
		fprintf(stderr, "replay: cannot read the directory %s\n", dir);
		(*failed)++;
		return;
	}
	for (int i = 0; i < count; i++) {
		char path[4096];
		if (names[i]->d_name[0] != '.' &&
		    snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name) < (int)sizeof path)
			*(replay_file(path, state) ? passed : failed) += 1;
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	uint32_t state = 2463534242u;
	int passed = 0, failed = 0;
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	for (int i = 1; i < argc; i++)
		replay_directory(argv[i], &state, &passed, &failed);
	if (passed == 0)
		failed++;               /* no seed at all is a broken set-up */
	printf("%s: %d passed, %d failed\n", name, passed, failed);
	return failed ? 1 : 0;
}
