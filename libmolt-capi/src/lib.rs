//! The CPython C-API over the Molt runtime (filled by the libmolt issue).
