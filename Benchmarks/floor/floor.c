/*
 * floor: the cost of only parsing YAML with libyaml, the lower bound for conforme's benchmark.
 *
 *   cc -O2 -o floor floor.c -lyaml
 *   floor PATH...        files, or folders walked recursively for *.yml and *.yaml
 *
 * For each file: read it whole into memory (as conforme does), run libyaml's parser to the
 * end of the stream, delete every event. No tree, no rules, no report. Prints one line:
 * "files N events E parse-errors K bytes B". A file that is not valid YAML counts as a parse
 * error (parsing stops there, as any validator's parser would). Exit 0 unless a path cannot
 * be read (exit 2). Single-threaded on purpose: it is a floor, not a competitor.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static unsigned long files, events, parse_errors, bytes;
static unsigned char *buffer;
static size_t capacity;
static int io_errors;

static void parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
        io_errors = 1;
        return;
    }
    size_t length = 0;
    for (;;) {
        if (length == capacity) {
            capacity = capacity ? capacity * 2 : 1 << 16;
            buffer = realloc(buffer, capacity);
            if (!buffer) { perror("floor"); exit(2); }
        }
        size_t n = fread(buffer + length, 1, capacity - length, f);
        length += n;
        if (n == 0) break;
    }
    fclose(f);
    files++;
    bytes += length;

    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            parse_errors++;
            break;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
}

static int has_yaml_extension(const char *path) {
    const char *dot = strrchr(path, '.');
    return dot && (strcmp(dot, ".yml") == 0 || strcmp(dot, ".yaml") == 0);
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    if (type == FTW_F && has_yaml_extension(path)) parse_file(path);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: floor PATH...  (files, or folders walked for *.yml and *.yaml)\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
            io_errors = 1;
        } else if (S_ISDIR(st.st_mode)) {
            nftw(argv[i], visit, 16, FTW_PHYS);
        } else {
            parse_file(argv[i]);
        }
    }
    printf("files %lu events %lu parse-errors %lu bytes %lu\n", files, events, parse_errors, bytes);
    free(buffer);
    return io_errors ? 2 : 0;
}
