//! The Molt compiler: Python 3.12 source → native executable.
//!
//! Pipeline: [`parse`](ruff_python_parser) → [`scope`] (symbol tables) → [`lower`]
//! (Molt IR) → [`verify`] → [`codegen`] (Cranelift, one object file) → [`link`]
//! (system `cc` with the embedded `libmolt.a`).

pub mod abi;
pub mod codegen;
pub mod diagnostics;
pub mod ir;
pub mod link;
pub mod lower;
pub mod scope;
pub mod verify;

use diagnostics::{Diagnostic, SourceFile};
use std::path::Path;

/// Why a compilation stopped.
#[derive(Debug)]
pub enum CompileError {
    /// Errors in the user's program.
    Diagnostics(Vec<Diagnostic>),
    /// Anything else (I/O, linking, an internal error), as a message.
    Other(String),
}

impl CompileError {
    /// The text shown to users.
    pub fn render(&self) -> String {
        match self {
            CompileError::Diagnostics(ds) => {
                ds.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n")
            }
            CompileError::Other(m) => format!("error: {}\n", m),
        }
    }
}

/// Parses and resolves a source file, producing verified IR.
pub fn compile_to_ir(path: &str, source: String) -> Result<ir::Module, CompileError> {
    let file = SourceFile::new(path, source);
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY312);
    let parsed = match ruff_python_parser::parse_unchecked(&file.text, options).try_into_module() {
        Some(p) if p.errors().is_empty() => p,
        Some(p) => {
            let e = &p.errors()[0];
            return Err(CompileError::Diagnostics(vec![Diagnostic::error(
                "E0000",
                &format!("SyntaxError: {}", e.error),
                &file,
                e.location,
            )]));
        }
        None => {
            return Err(CompileError::Other(
                "internal compiler error: not a module".into(),
            ))
        }
    };
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(CompileError::Diagnostics(vec![Diagnostic::error(
            "E0000",
            &format!("SyntaxError: {}", e),
            &file,
            e.range,
        )]));
    }
    let module = parsed.into_syntax();
    let symtab = scope::analyze(&module, &file).map_err(CompileError::Diagnostics)?;
    let ir = lower::lower_module(&file, &module, &symtab, "__main__")
        .map_err(CompileError::Diagnostics)?;
    if let Err(errs) = verify::verify(&ir) {
        return Err(CompileError::Other(format!(
            "internal compiler error: the IR verifier failed (this is a bug in Molt):\n{}",
            errs.join("\n")
        )));
    }
    Ok(ir)
}

/// Decodes source bytes as UTF-8, reporting a bad byte as CPython's SyntaxError does.
pub fn decode_source(path: &str, bytes: Vec<u8>) -> Result<String, CompileError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
            let prefix = String::from_utf8_lossy(&bytes[..bad]).into_owned();
            let line_start = prefix.rfind('\n').map(|i| i + 1).unwrap_or(0);
            let mut text = prefix.clone();
            text.push_str(&String::from_utf8_lossy(&bytes[bad..]));
            let file = SourceFile::new(path, text);
            let off = ruff_text_size::TextSize::new(bad as u32);
            let msg = format!(
                "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes[bad],
                bad - line_start
            );
            Err(CompileError::Diagnostics(vec![Diagnostic::error(
                "E0000",
                &msg,
                &file,
                ruff_text_size::TextRange::new(off, off),
            )]))
        }
    }
}

/// Compiles a Python file to an executable at `output`.
pub fn build(input: &Path, output: &Path) -> Result<(), CompileError> {
    let bytes = std::fs::read(input)
        .map_err(|e| CompileError::Other(format!("cannot read {}: {}", input.display(), e)))?;
    let path = std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf());
    let source = decode_source(&path.display().to_string(), bytes)?;
    let ir = compile_to_ir(&path.display().to_string(), source)?;
    let obj = codegen::compile(&ir).map_err(CompileError::Other)?;
    let obj_path = output.with_extension(format!("{}.o", std::process::id()));
    std::fs::write(&obj_path, &obj)
        .map_err(|e| CompileError::Other(format!("cannot write {}: {}", obj_path.display(), e)))?;
    let r = link::link(&obj_path, output).map_err(CompileError::Other);
    let _ = std::fs::remove_file(&obj_path);
    r
}
