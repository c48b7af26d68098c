/* peak: runs a command and writes its peak resident set size, in KiB, to FILE.
 *
 *   peak FILE COMMAND [ARG...]
 *
 * Why not wait4(2) from bench.py directly: Linux counts, in a process's peak RSS, the memory
 * it had before exec(2), and a child spawned from Python starts as a copy of (or, with vfork,
 * shares) the Python process. bench.py holds tens of MiB by the time it measures conforme, so
 * its own size showed up as conforme's peak. This program is a few hundred KiB: the command it
 * forks starts from that, so the figure is the command's own.
 *
 * Standard output, standard error and the exit status are the command's. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: peak FILE COMMAND [ARG...]\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "we");
    if (!out) {
        perror("peak: FILE");
        return 2;
    }
    pid_t child = fork();
    if (child < 0) {
        perror("peak: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        perror("peak: exec");
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) {
        perror("peak: wait4");
        return 2;
    }
    if (fprintf(out, "%ld\n", usage.ru_maxrss) < 0 || fclose(out) != 0) {
        perror("peak: FILE");
        return 2;
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}
