#ifndef LABRUN_CEMBEDDEDKIT_H
#define LABRUN_CEMBEDDEDKIT_H

/// One file of the embedded kit, built into the executable: its path inside the kit
/// (`labrun/flan-t5-tiny/config.json`) and its bytes, from `start` up to (not including) `end`.
struct labrun_kit_file {
    const char *path;
    const unsigned char *start;
    const unsigned char *end;
};

/// The kit's files, sorted by path; `labrun_kit_file_count()` of them.
const struct labrun_kit_file *labrun_kit_files(void);
long labrun_kit_file_count(void);

#endif
