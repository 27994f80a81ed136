//! The frame stack: where each running Python-level frame is, for what CPython reads
//! from its frame objects at run time (the caller's module for `type(name, bases, ns)`,
//! a warning's file and line, `sys._getframe()`).
//!
//! Compiled code maintains it inline and cheaply: a function's entry (`enterframe` in the
//! IR) increments the call depth (`call::molt_recursion_depth`) and writes its globals,
//! function object and first line into `molt_frames[depth]`; each statement
//! (`setline`) writes its line there. Exits only decrement the depth. The runtime's own
//! recursive paths (repr, comparisons) also count depth; they write an empty entry, which
//! walkers skip.
//!
//! Architecture invariant: the buffer has room for every depth compiled code can reach
//! (the recursion limit plus the runtime's margin of 50), so the inline stores need no
//! bounds check; `sys.setrecursionlimit` grows it first.

use crate::object::*;
use std::ptr::null_mut;

/// Whether any class defines `__del__` (then the program's end clears `__main__`'s
/// globals, as CPython's shutdown does, so their finalizers run).
pub static mut FINALIZERS_DEFINED: bool = false;

/// One frame: its module's globals dict and function object (both borrowed from the
/// running code; null function for module and class bodies) and its current line.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FrameEntry {
    pub globals: Obj,
    pub func: Obj,
    pub line: u32,
    _pad: u32,
}

const EMPTY: FrameEntry = FrameEntry {
    globals: null_mut(),
    func: null_mut(),
    line: 0,
    _pad: 0,
};

/// Room above the recursion limit: the runtime's margin (50) and one entry more.
const SLACK: usize = 64;
const INITIAL: usize = crate::call::RECURSION_LIMIT as usize + SLACK;

static mut INITIAL_FRAMES: [FrameEntry; INITIAL] = [EMPTY; INITIAL];

/// The frame buffer compiled code writes into (index = call depth).
#[no_mangle]
pub static mut molt_frames: *mut FrameEntry = &raw mut INITIAL_FRAMES as *mut FrameEntry;
static mut CAPACITY: usize = INITIAL;

/// Makes room for a recursion limit of `limit` (before the limit changes).
pub fn reserve_for_limit(limit: u32) {
    let need = limit as usize + SLACK;
    // SAFETY: single-threaded runtime; the old buffer is copied before it is replaced
    // and compiled code reloads `molt_frames` at every use.
    unsafe {
        if need <= CAPACITY {
            return;
        }
        let mut v = vec![EMPTY; need];
        std::ptr::copy_nonoverlapping(molt_frames, v.as_mut_ptr(), CAPACITY);
        let p = v.leak().as_mut_ptr();
        // TODO(frames): the previous heap buffer is leaked (raising the limit is rare).
        molt_frames = p;
        CAPACITY = need;
    }
}

/// Marks the entry at `depth` as a runtime frame (not Python code).
pub fn mark_runtime(depth: u32) {
    // SAFETY: depth never exceeds the limit plus the margin the buffer has room for.
    unsafe {
        if (depth as usize) < CAPACITY {
            *molt_frames.add(depth as usize) = EMPTY;
        }
    }
}

/// The `level`-th Python frame from the top (0 = the running one), skipping runtime
/// entries, or None past the bottom.
pub fn python_frame(level: usize) -> Option<FrameEntry> {
    python_frame_below(current_depth() + 1, level).map(|(_, e)| e)
}

/// The current call depth (the index of the top entry).
pub fn current_depth() -> usize {
    // SAFETY: single-threaded runtime.
    unsafe { crate::call::molt_recursion_depth as usize }
}

/// The `level`-th Python frame among the entries below index `below`, with its index.
pub fn python_frame_below(below: usize, level: usize) -> Option<(usize, FrameEntry)> {
    // SAFETY: entries up to the current depth were written by their frames.
    unsafe {
        let mut d = below.min(current_depth() + 1);
        let mut left = level;
        while d > 1 {
            d -= 1;
            let e = *molt_frames.add(d);
            if !e.globals.is_null() {
                if left == 0 {
                    return Some((d, e));
                }
                left -= 1;
            }
        }
        None
    }
}

/// The entry at index `d` while it is still on the stack.
pub fn entry(d: usize) -> Option<FrameEntry> {
    // SAFETY: indexes up to the current depth hold written entries.
    unsafe { (d <= current_depth()).then(|| *molt_frames.add(d)) }
}

/// The module name (`__name__` of the globals) of the `level`-th Python frame. New
/// reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn module_name(level: usize) -> Option<Ref> {
    let e = python_frame(level)?;
    crate::objects::dict::get_str(e.globals, "__name__").map(|n| Ref::borrowed(n))
}

/// A frame's file: its module's `__file__` when that is a str (borrowed).
///
/// # Safety
/// `globals` is a dict.
pub unsafe fn file_of(globals: Obj) -> Option<Obj> {
    crate::objects::dict::get_str(globals, "__file__").filter(|&f| crate::objects::str::is_str(f))
}
