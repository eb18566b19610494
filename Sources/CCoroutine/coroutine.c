#include "CCoroutine.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

// lr_switch(save, next): pushes the callee-saved registers, stores the stack pointer in *save,
// loads `next` as the stack pointer, pops the registers saved there and returns into that context.
// lr_start is where a new stack first returns to: it calls entry(argument) from two saved registers.
#if defined(__APPLE__)
#define LR_SYMBOL(name) "_" #name
#define LR_FUNCTION(name) ".globl _" #name "\n.p2align 4\n_" #name ":\n"
#else
#define LR_SYMBOL(name) #name
#define LR_FUNCTION(name) ".globl " #name "\n.hidden " #name "\n.type " #name ",@function\n.p2align 4\n" #name ":\n"
#endif

void lr_switch(void **save, void *next);
void lr_start(void);

#if defined(__x86_64__)
__asm__(".text\n" LR_FUNCTION(lr_switch)
        "pushq %rbp\n pushq %rbx\n pushq %r12\n pushq %r13\n pushq %r14\n pushq %r15\n"
        "movq %rsp, (%rdi)\n movq %rsi, %rsp\n"
        "popq %r15\n popq %r14\n popq %r13\n popq %r12\n popq %rbx\n popq %rbp\n"
        "ret\n"
        LR_FUNCTION(lr_start)
        "movq %r12, %rdi\n callq *%r13\n ud2\n");
enum { SAVED_WORDS = 7 };  // r15 r14 r13 r12 rbx rbp, then the return address

static void **initial_frame(char *top, void *entry, void *argument) {
    void **sp = (void **)((uintptr_t)top & ~(uintptr_t)15) - 2 - SAVED_WORDS;
    for (int i = 0; i < SAVED_WORDS; i++) sp[i] = 0;
    sp[2] = entry;     // r13
    sp[3] = argument;  // r12
    sp[6] = (void *)lr_start;
    return sp;
}
#elif defined(__aarch64__)
__asm__(".text\n" LR_FUNCTION(lr_switch)
        "sub sp, sp, #160\n"
        "stp x19, x20, [sp, #0]\n stp x21, x22, [sp, #16]\n stp x23, x24, [sp, #32]\n"
        "stp x25, x26, [sp, #48]\n stp x27, x28, [sp, #64]\n stp x29, x30, [sp, #80]\n"
        "stp d8, d9, [sp, #96]\n stp d10, d11, [sp, #112]\n stp d12, d13, [sp, #128]\n stp d14, d15, [sp, #144]\n"
        "mov x9, sp\n str x9, [x0]\n mov sp, x1\n"
        "ldp x19, x20, [sp, #0]\n ldp x21, x22, [sp, #16]\n ldp x23, x24, [sp, #32]\n"
        "ldp x25, x26, [sp, #48]\n ldp x27, x28, [sp, #64]\n ldp x29, x30, [sp, #80]\n"
        "ldp d8, d9, [sp, #96]\n ldp d10, d11, [sp, #112]\n ldp d12, d13, [sp, #128]\n ldp d14, d15, [sp, #144]\n"
        "add sp, sp, #160\n ret\n"
        LR_FUNCTION(lr_start)
        "mov x0, x19\n blr x20\n brk #0\n");
enum { SAVED_WORDS = 20 };

static void **initial_frame(char *top, void *entry, void *argument) {
    void **sp = (void **)((uintptr_t)top & ~(uintptr_t)15) - SAVED_WORDS;
    for (int i = 0; i < SAVED_WORDS; i++) sp[i] = 0;
    sp[0] = argument;  // x19
    sp[1] = entry;     // x20
    sp[11] = (void *)lr_start;  // x30
    return sp;
}
#else
#error "CCoroutine supports x86_64 and arm64"
#endif

struct lr_coroutine {
    void *sp;         // the coroutine's saved stack pointer while it is suspended
    void *caller_sp;  // the resumer's saved stack pointer while the coroutine runs
    char *stack;
    size_t stack_size;
    void (*body)(void *);
    void *context;
    int finished;
};

// A few freed stacks are kept for reuse (per thread), so short-lived generators do not map and
// unmap memory.
enum { POOL_CAPACITY = 32 };
static _Thread_local char *pool[POOL_CAPACITY];
static _Thread_local size_t pool_sizes[POOL_CAPACITY];
static _Thread_local int pool_count;

static char *take_stack(size_t size) {
    for (int i = pool_count - 1; i >= 0; i--) {
        if (pool_sizes[i] == size) {
            char *stack = pool[i];
            pool[i] = pool[pool_count - 1];
            pool_sizes[i] = pool_sizes[pool_count - 1];
            pool_count--;
            return stack;
        }
    }
    // No guard page: adjacent stacks then share one kernel mapping, so tens of thousands of live
    // generators stay under the mapping limit. The interpreter's stack check keeps a margin instead.
    void *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return stack == MAP_FAILED ? NULL : (char *)stack;
}

static void give_back_stack(char *stack, size_t size) {
    if (pool_count < POOL_CAPACITY) {
        pool[pool_count] = stack;
        pool_sizes[pool_count] = size;
        pool_count++;
    } else {
        munmap(stack, size);
    }
}

static void run_body(void *argument) {
    lr_coroutine *coroutine = argument;
    coroutine->body(coroutine->context);
    coroutine->finished = 1;
    lr_switch(&coroutine->sp, coroutine->caller_sp);
}

lr_coroutine *lr_coroutine_create(size_t stack_size, void (*body)(void *), void *context) {
    lr_coroutine *coroutine = calloc(1, sizeof *coroutine);
    if (!coroutine) return NULL;
    coroutine->stack_size = stack_size;
    coroutine->body = body;
    coroutine->context = context;
    return coroutine;
}

int lr_coroutine_resume(lr_coroutine *coroutine) {
    if (!coroutine->stack) {
        coroutine->stack = take_stack(coroutine->stack_size);
        if (!coroutine->stack) return -1;
        coroutine->sp = initial_frame(coroutine->stack + coroutine->stack_size, (void *)run_body, coroutine);
    }
    lr_switch(&coroutine->caller_sp, coroutine->sp);
    return 0;
}

void lr_coroutine_suspend(lr_coroutine *coroutine) {
    lr_switch(&coroutine->sp, coroutine->caller_sp);
}

int lr_coroutine_finished(const lr_coroutine *coroutine) { return coroutine->finished; }

size_t lr_coroutine_stack_low(const lr_coroutine *coroutine) { return (size_t)coroutine->stack; }

void lr_coroutine_destroy(lr_coroutine *coroutine) {
    if (coroutine->stack) give_back_stack(coroutine->stack, coroutine->stack_size);
    free(coroutine);
}
