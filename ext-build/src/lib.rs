//! Building C extensions from sdists against libmolt (filled by the libmolt issue).
