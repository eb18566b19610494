#ifndef LABRUN_CCOROUTINE_H
#define LABRUN_CCOROUTINE_H

#include <stddef.h>

/// A stackful coroutine: a function running on its own small stack, switched to and from on the
/// same OS thread. Switching saves and restores only the callee-saved registers (no system call).
typedef struct lr_coroutine lr_coroutine;

/// Creates a coroutine that will run `body(context)` on a stack of `stack_size` bytes, allocated on
/// its first resume. Returns NULL when out of memory.
lr_coroutine *lr_coroutine_create(size_t stack_size, void (*body)(void *context), void *context);

/// Runs the coroutine until it suspends or its body returns. Returns 0, or -1 when its stack
/// could not be allocated (the body has not run).
int lr_coroutine_resume(lr_coroutine *coroutine);

/// Called on the coroutine's own stack: switches back to whoever resumed it.
void lr_coroutine_suspend(lr_coroutine *coroutine);

/// Whether the body has returned.
int lr_coroutine_finished(const lr_coroutine *coroutine);

/// The lowest address of the coroutine's stack (0 before its first resume).
size_t lr_coroutine_stack_low(const lr_coroutine *coroutine);

/// Frees a coroutine that has not started or has finished; its stack goes back to a small pool.
void lr_coroutine_destroy(lr_coroutine *coroutine);

#endif
