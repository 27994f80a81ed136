//! Capabilities: what a Molt executable may touch outside itself.
//!
//! `molt build --capabilities fs.read,...` (or `--trusted`) bakes a mask into the
//! executable as the data symbol `molt_capabilities` (see `compiler/src/link.rs`); `main`
//! reads it once at start-up ([`load_from_executable`]). Every operation that reaches the
//! file system, the environment, the network or other processes calls [`require`] first;
//! a missing capability raises
//!
//! ```text
//! PermissionError: [molt] capability 'fs.read' is required to open 'data.txt' for reading; rebuild with --capabilities fs.read (or --trusted)
//! ```
//!
//! The standard streams and `sys.argv` need no capability.

use crate::errors::{PyResult, Raised};

/// A capability, as a bit of the mask. The table matches `compiler/src/abi.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    FsRead = 1,
    FsWrite = 2,
    EnvRead = 4,
    Net = 8,
    Process = 16,
}

impl Capability {
    /// The name used on the command line (`fs.read`).
    pub fn name(self) -> &'static str {
        match self {
            Capability::FsRead => "fs.read",
            Capability::FsWrite => "fs.write",
            Capability::EnvRead => "env.read",
            Capability::Net => "net",
            Capability::Process => "process",
        }
    }
}

/// The granted mask. Trusted until start-up loads the executable's mask (the unit
/// tests run trusted).
static mut GRANTED: u64 = u64::MAX;

#[cfg(not(test))]
extern "C" {
    /// Written by the link step: the capability mask the program was built with.
    static molt_capabilities: u64;
}

/// Reads the mask baked into the executable. Called once by `main`.
///
/// # Safety
/// Start-up only, in an executable linked by `molt build`.
#[cfg(not(test))]
pub unsafe fn load_from_executable() {
    // SAFETY: the link step always defines the symbol as an aligned u64.
    GRANTED = std::ptr::read_volatile(&raw const molt_capabilities);
}

/// Replaces the granted mask (start-up and tests).
///
/// # Safety
/// Single-threaded runtime.
pub unsafe fn set_granted(mask: u64) {
    GRANTED = mask;
}

/// Whether `cap` was granted.
pub fn has(cap: Capability) -> bool {
    // SAFETY: single-threaded runtime; written only at start-up.
    unsafe { GRANTED & (cap as u64) != 0 }
}

/// The message of a denial: `what` says what was attempted ("open 'x' for reading").
pub fn denial_message(cap: Capability, what: &str) -> String {
    format!(
        "[molt] capability '{}' is required to {}; rebuild with --capabilities {} (or --trusted)",
        cap.name(),
        what,
        cap.name()
    )
}

/// Checks a capability, raising PermissionError (one argument: the message of
/// [`denial_message`]) when it is missing.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn require(cap: Capability, what: &str) -> PyResult<()> {
    if has(cap) {
        return Ok(());
    }
    Err(deny(cap, what))
}

/// Raises the PermissionError of a denied capability.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn deny(cap: Capability, what: &str) -> Raised {
    crate::errors::raise(
        crate::objects::exceptions::permission_error(),
        &denial_message(cap, what),
    )
}
